package dev.imgslim.lint;

import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintResult;
import dev.imgslim.syntax.Dockerfile;
import java.util.List;

/**
 * The outcome of linting one file: either its parsed form and findings (sorted), or the error that
 * stopped it (unreadable, too large, parse error).
 *
 * @param parsed the parsed file, or null when {@code error} is set
 * @param error  why the file could not be linted, or null
 */
public record FileResult(String file, Dockerfile parsed, List<Finding> findings, LintResult.FileError error) {
    public FileResult {
        findings = List.copyOf(findings);
    }

    static FileResult failed(String file, LintResult.FileError error) {
        return new FileResult(file, null, List.of(), error);
    }

    public boolean ok() {
        return error == null;
    }
}
