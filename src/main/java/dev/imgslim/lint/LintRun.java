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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * One lint run over one or more files: read (with a size cap), parse, validate, run the rules.
 * The CLI, {@code lint --probe}, tests and later {@code fix}/editor integration all lint through
 * here. Files are linted on all cores and each result goes to the caller's sink, in input order, as
 * soon as it is done; a file that cannot be read or parsed becomes a {@link FileResult} with an error and the
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

    /**
     * Lints every file, handing each result to {@code sink} in input order as soon as it and every
     * file before it are done. Several files are linted at once on all cores (parsing and rules are
     * CPU-bound; ShellCheck processes then overlap with other files' rules); at most a few results per
     * core wait for the sink, so memory does not grow with the number of files. {@code sink} is only
     * called from the calling thread.
     */
    public void run(List<String> files, Consumer<FileResult> sink) {
        int workers = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
        if (workers <= 1) {
            for (String name : files) sink.accept(lintFile(name));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "imgslim-lint");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<FileResult>> pending = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !pending.isEmpty()) {
                while (next < files.size() && pending.size() < workers * AHEAD_PER_WORKER) {
                    String name = files.get(next++);
                    pending.add(pool.submit(() -> lintFile(name)));
                }
                sink.accept(await(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Results that may wait for the sink per worker: enough to keep every core busy behind one slow file. */
    private static final int AHEAD_PER_WORKER = 4;

    private static FileResult await(Future<FileResult> result) {
        try {
            return result.get();
        } catch (ExecutionException e) {
            // A bug in a rule: surface it as if it had happened on this thread.
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linting", e);
        }
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
                String missing = TargetCheck.require(
                                BuildModel.of(df, settings.buildArgs(), settings.target()), settings.target())
                        .orElse(null);
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
        Path context = settings.contextDir() != null
                ? settings.contextDir()
                : dockerfile != null ? dockerfile.toAbsolutePath().getParent() : null;
        return new LintOptions(
                settings.config(), settings.buildArgs(), settings.target(), context, dockerfile, settings.catalog());
    }
}
