package dev.imgslim.rules;

import dev.imgslim.config.Severity;
import java.util.List;

/** The findings of one lint run over one or more files, in a stable order (file, line, column, code). */
public record LintResult(List<String> files, List<Finding> findings, List<FileError> errors) {

    /** A file that could not be linted (missing, unreadable, parse error): {@code file:line:col: message}. */
    public record FileError(String file, int line, int column, String message) {
        public String render() {
            return file + ":" + line + ":" + column + ": error: " + message;
        }
    }

    public LintResult {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
