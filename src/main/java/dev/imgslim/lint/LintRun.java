package dev.imgslim.lint;

import dev.imgslim.build.BuildModel;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.rules.LintResult;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RunCache;
import dev.imgslim.rules.shellcheck.ShellcheckRule;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParseException;
import dev.imgslim.syntax.InstructionValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
    private final Supplier<LintEngine> engineSource;
    private LintEngine engine; // asked of engineSource when first needed; guarded by this
    private final LintSettings settings;
    private final InputStream stdin;

    /** @param stdin what {@code -} reads (normally System.in) */
    public LintRun(LintEngine engine, LintSettings settings, InputStream stdin) {
        this(() -> engine, settings, stdin);
    }

    /**
     * An engine asked for only once a rule is needed: a one-file lint reads, parses and models its file
     * first. The CLI's engine is being made on another thread meanwhile ({@code WarmUp}): asking for it at
     * the start kept the main thread waiting for the rule registry for a fifth of a one-file lint.
     */
    public LintRun(Supplier<LintEngine> engine, LintSettings settings, InputStream stdin) {
        this.engineSource = engine;
        this.settings = settings;
        this.stdin = stdin;
    }

    private synchronized LintEngine engine() {
        if (engine == null) engine = engineSource.get();
        return engine;
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
     * CPU-bound); at most a few results per core wait for the sink, so memory does not grow with the
     * number of files. With ShellCheck on, each file's scripts are handed to ShellCheck as soon as the
     * file is parsed, and the files ahead are parsed further in advance, so that few ShellCheck processes
     * check the scripts of many files while the rules run. {@code sink} is only called from the calling
     * thread.
     */
    public void run(List<String> files, Consumer<FileResult> sink) {
        RunCache cache = new RunCache();
        if (files.size() == 1) {
            sink.accept(lintOne(files.get(0), cache));
            return;
        }
        // Many files: the engine first, as a large file's read must not overlap its making (see lintOne).
        engine();
        ShellcheckRule shellcheck = shellcheck();
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores == 1 && shellcheck == null) {
            for (String name : files) sink.accept(finish(prepare(name, null, cache)));
            return;
        }
        int workers = Math.min(files.size(), cores);
        // A thread waiting for ShellCheck uses no core: once a script goes to ShellCheck (one the cache did
        // not have), twice as many threads as cores. Not before: when the cache has every script nobody
        // waits, and 4 threads on 2 cores left the JIT's compiler thread half the CPU time, so the lint ran
        // interpreted longer (280 cached files: 6 % more CPU than with 2 threads, 20 % more wall time).
        int waitingWorkers = Math.min(files.size(), cores * 2);
        long submittedBefore = shellcheck != null ? shellcheck.scriptsSubmitted() : 0;
        boolean grown = shellcheck == null;
        int ahead = shellcheck != null
                ? Math.max(PARSED_AHEAD_FOR_SHELLCHECK, waitingWorkers * AHEAD_PER_WORKER)
                : workers * AHEAD_PER_WORKER;
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "imgslim-lint");
                    t.setDaemon(true);
                    return t;
                });
        AtomicInteger unprepared = new AtomicInteger(files.size());
        AtomicLong waitingChars = new AtomicLong();
        try {
            Deque<Future<Done>> pending = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !pending.isEmpty()) {
                if (!grown && shellcheck.scriptsSubmitted() != submittedBefore) {
                    pool.setMaximumPoolSize(waitingWorkers);
                    pool.setCorePoolSize(waitingWorkers); // starts threads for the tasks queued now
                    grown = true;
                }
                while (next < files.size()
                        && (pending.isEmpty() || (pending.size() < ahead && waitingChars.get() < WAITING_CHARS))) {
                    String name = files.get(next++);
                    pending.add(CompletableFuture.supplyAsync(
                                    () -> {
                                        try {
                                            Prepared p = prepare(name, shellcheck, cache);
                                            waitingChars.addAndGet(p.chars());
                                            return p;
                                        } finally {
                                            if (unprepared.decrementAndGet() == 0 && shellcheck != null)
                                                shellcheck.flush(cache);
                                        }
                                    },
                                    pool)
                            .thenApplyAsync(p -> new Done(finish(p), p.chars()), pool));
                }
                Done done = await(pending.poll());
                waitingChars.addAndGet(-done.chars());
                sink.accept(done.result());
            }
            if (shellcheck != null) shellcheck.storeRun(cache);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Files in flight per worker (being linted or done and waiting for the sink): enough to keep every core
     * busy while the thread that writes the report waits for the processor. With 4 per worker, on 2 cores
     * shared with other work, each worker sat idle (waiting for a file to lint) about a third of a
     * 10,000-file run (async-profiler, wall clock, 2026-12-06); with 16, a few percent.
     */
    private static final int AHEAD_PER_WORKER = 16;

    /**
     * Characters of source the prepared files waiting for the report may hold before no more are started
     * (one is always allowed). A file counts once it is read, so the files started together before any is
     * read (at most {@code AHEAD_PER_WORKER} per worker, each under --max-file-size) are not held back by
     * it; from then on, a run of large files keeps about this much waiting rather than a number of files.
     */
    private static final long WAITING_CHARS = 8L << 20;

    /** A file's result and the characters of source it held while it waited. */
    private record Done(FileResult result, long chars) {}

    /**
     * Files parsed ahead when ShellCheck is on, their scripts queued for it: enough for ShellCheck
     * processes of a few dozen scripts each (one process costs ~50 ms to start).
     */
    private static final int PARSED_AHEAD_FOR_SHELLCHECK = 48;

    /** The engine's ShellCheck rule when the settings let it run, else null. */
    private ShellcheckRule shellcheck() {
        if (!settings.config().shellcheck()) return null;
        for (Rule r : engine().rules()) if (r instanceof ShellcheckRule s) return s;
        return null;
    }

    private static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (ExecutionException e) {
            // A bug in a rule: surface it as if it had happened on this thread.
            Throwable cause =
                    e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
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
        return lintOne(name, new RunCache());
    }

    /**
     * One file, on this thread: a small one is read, parsed and modelled before the engine is asked for (see
     * the constructor), then its scripts go to ShellCheck, which runs beside the rules. A large file or one
     * of unknown size (standard input, a device) waits for the engine first: reading it may fill the heap,
     * and a class whose initialisation runs out of memory on the engine's thread meanwhile is broken for the
     * rest of the process, a bug where the input's own error belongs.
     */
    private FileResult lintOne(String name, RunCache cache) {
        if (!small(name)) engine();
        Prepared p = prepare(name, null, cache);
        if (p.failed() != null) return p.failed();
        ShellcheckRule shellcheck = shellcheck();
        if (shellcheck == null) return finish(p);
        if (p.ctx() != null) shellcheck.prefetch(p.ctx());
        shellcheck.flush(cache);
        FileResult r = finish(p);
        shellcheck.storeRun(cache);
        return r;
    }

    /** At most this many bytes read for a lint cannot fill any heap the JVM runs with. */
    private static final long SMALL_FILE_BYTES = 1 << 20;

    /** A regular file of at most {@link #SMALL_FILE_BYTES}. */
    private static boolean small(String name) {
        if (name.equals("-")) return false;
        try {
            // one stat for both questions
            java.nio.file.attribute.BasicFileAttributes at =
                    Files.readAttributes(Path.of(name), java.nio.file.attribute.BasicFileAttributes.class);
            return at.isRegularFile() && at.size() <= SMALL_FILE_BYTES;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return false; // the read says what is wrong with it
        }
    }

    /** A file read, parsed and modelled (ShellCheck started on its scripts), or why it could not be. */
    private record Prepared(String name, LintContext ctx, FileResult failed) {
        /** The characters of source this file holds in memory until its result is handed on. */
        long chars() {
            return ctx == null ? 0 : ctx.file().source().text().length();
        }
    }

    /**
     * A file too large for the heap is the input's size, not a bug: the file gets an error (the run exits 2
     * and goes on with the other files), and what it had built is garbage again once its frames unwind.
     */
    private Prepared prepare(String name, ShellcheckRule shellcheck, RunCache cache) {
        try {
            return prepareWithinHeap(name, shellcheck, cache);
        } catch (OutOfMemoryError e) {
            return new Prepared(name, null, HeapLimit.tooLarge(name));
        }
    }

    private Prepared prepareWithinHeap(String name, ShellcheckRule shellcheck, RunCache cache) {
        Dockerfile df;
        try {
            df = DockerfileReader.read(name, stdin, settings.maxInputBytes());
            InstructionValidator.validate(df);
        } catch (DockerfileParseException e) {
            return new Prepared(
                    name,
                    null,
                    FileResult.failed(name, new LintResult.FileError(name, e.line(), e.column(), e.getMessage())));
        }
        LintOptions options = optionsFor(name);
        BuildModel model = BuildModel.of(df, options.buildArgs(), options.target());
        if (settings.target() != null) {
            // docker build refuses a --target the file does not have; linting some other stage would mislead
            String missing = TargetCheck.require(model, settings.target()).orElse(null);
            if (missing != null)
                return new Prepared(name, null, FileResult.failed(name, new LintResult.FileError(name, 1, 1, missing)));
        }
        LintContext ctx = new LintContext(df, model, options, cache);
        if (shellcheck != null) shellcheck.prefetch(ctx);
        return new Prepared(name, ctx, null);
    }

    private FileResult finish(Prepared p) {
        if (p.failed() != null) return p.failed();
        try {
            return new FileResult(p.name(), p.ctx().file(), engine().lint(p.ctx()), null);
        } catch (OutOfMemoryError e) {
            return HeapLimit.tooLarge(p.name());
        }
    }

    /** Lints an already parsed file, e.g. an editor buffer or a file {@code fix} has just rewritten. */
    public List<Finding> lint(String name, Dockerfile df) {
        return engine().lint(df, optionsFor(name));
    }

    /** The rules' view of the settings for one file: its own context folder and path. */
    LintOptions optionsFor(String name) {
        Path dockerfile = name.equals("-") ? null : Path.of(name);
        Path context = settings.contextDir() != null
                ? settings.contextDir()
                : dockerfile != null ? dockerfile.toAbsolutePath().getParent() : null;
        return new LintOptions(
                settings.config(),
                settings.buildArgs(),
                settings.target(),
                context,
                dockerfile,
                settings.catalog(),
                settings.shellcheckCache(),
                settings.shellcheck());
    }
}
