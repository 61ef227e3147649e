package dev.imgslim.lint;

import dev.imgslim.build.BuildModel;
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
import java.util.List;
import java.util.function.Consumer;

/**
 * One lint run over one or more files: read (with a size cap), parse, validate, run the rules.
 * The CLI, {@code lint --probe}, tests and later {@code fix}/editor integration all lint through
 * here. Files are linted one at a time and each result goes to the caller's sink as soon as it is
 * done; a file that cannot be read or parsed becomes a {@link FileResult} with an error and the
 * others are still linted.
 *
 * <p>{@link #lintFile} touches no shared mutable state (settings, catalog and engine are read-only),
 * so callers may lint files concurrently and deliver results in input order themselves.
 */
public final class LintRun {
    private final LintEngine engine;
    private final LintSettings settings;
    private final InputStream stdin;

    /** @param stdin what {@code -} reads (normally System.in) */
    public LintRun(LintEngine engine, LintSettings settings, InputStream stdin) {
        this.engine = engine;
        this.settings = settings;
        this.stdin = stdin;
    }

    /** The built-in rules with {@code settings}; {@code -} reads System.in. */
    public static LintRun of(LintSettings settings) {
        return new LintRun(LintEngine.builtin(), settings, System.in);
    }

    public LintSettings settings() {
        return settings;
    }

    /** Lints every file in order, handing each result to {@code sink} when it is complete. */
    public void run(List<String> files, Consumer<FileResult> sink) {
        for (String name : files) sink.accept(lintFile(name));
    }

    /** Lints every file and collects the results: findings sorted by file, line, column, code. */
    public LintResult lintAll(List<String> files) {
        List<Finding> findings = new ArrayList<>();
        List<LintResult.FileError> errors = new ArrayList<>();
        run(files, r -> {
            findings.addAll(r.findings());
            if (r.error() != null) errors.add(r.error());
        });
        findings.sort(LintEngine.ORDER);
        return new LintResult(files, findings, errors);
    }

    /** Lints one file ({@code -} for stdin). */
    public FileResult lintFile(String name) {
        Dockerfile df;
        try {
            df = DockerfileReader.read(name, stdin, settings.maxInputBytes());
            InstructionValidator.validate(df);
            if (settings.target() != null) {
                // docker build refuses a --target the file does not have; linting some other stage would mislead
                String missing = TargetCheck.require(BuildModel.of(df, settings.buildArgs(), settings.target()), settings.target()).orElse(null);
                if (missing != null) return FileResult.failed(name, new LintResult.FileError(name, 1, 1, missing));
            }
        } catch (DockerfileParseException e) {
            return FileResult.failed(name, new LintResult.FileError(name, e.line(), e.column(), e.getMessage()));
        }
        return new FileResult(name, df, lint(name, df), null);
    }

    /** Lints an already parsed file, e.g. an editor buffer or a file {@code fix} has just rewritten. */
    public List<Finding> lint(String name, Dockerfile df) {
        return engine.lint(df, optionsFor(name));
    }

    /** The rules' view of the settings for one file: its own context folder and path. */
    LintOptions optionsFor(String name) {
        Path dockerfile = name.equals("-") ? null : Path.of(name);
        Path context = settings.contextDir() != null ? settings.contextDir()
                : dockerfile != null ? dockerfile.toAbsolutePath().getParent() : null;
        return new LintOptions(settings.config(), settings.buildArgs(), settings.target(), context, dockerfile, settings.catalog());
    }
}
