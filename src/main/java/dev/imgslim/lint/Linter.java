package dev.imgslim.lint;

import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.rules.LintResult;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParseException;
import dev.imgslim.syntax.InstructionValidator;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lints many files in one process (pre-commit passes them all at once: one JVM start, not one per
 * file). A file that cannot be read or parsed becomes a file error; the others are still linted.
 */
public final class Linter {
    private final LintEngine engine;
    private final Map<String, Dockerfile> parsed = new HashMap<>();

    public Linter(LintEngine engine) {
        this.engine = engine;
    }

    /**
     * @param contextDir {@code --context}, or null to use each Dockerfile's folder
     */
    public LintResult lint(List<String> files, LintOptions base, Path contextDir, InputStream stdin) {
        List<Finding> findings = new ArrayList<>();
        List<LintResult.FileError> errors = new ArrayList<>();
        for (String name : files) {
            try {
                Dockerfile df = DockerfileReader.read(name, stdin);
                InstructionValidator.validate(df);
                parsed.put(name, df);
                Path dockerfile = name.equals("-") ? null : Path.of(name);
                Path context = contextDir != null ? contextDir
                        : dockerfile != null ? dockerfile.toAbsolutePath().getParent() : null;
                LintOptions options = new LintOptions(base.config(), base.buildArgs(), base.target(), context, dockerfile);
                findings.addAll(engine.lint(df, options));
            } catch (DockerfileParseException e) {
                errors.add(new LintResult.FileError(name, e.line(), e.column(), e.getMessage()));
            }
        }
        findings.sort(LintEngine.ORDER);
        return new LintResult(files, findings, errors);
    }

    /** The parsed file, for reporters that show source lines. */
    public Dockerfile parsed(String name) {
        return parsed.get(name);
    }

}
