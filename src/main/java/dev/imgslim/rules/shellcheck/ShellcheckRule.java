package dev.imgslim.rules.shellcheck;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FileRule;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.rules.RunCache;
import dev.imgslim.syntax.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs <a href="https://www.shellcheck.net">ShellCheck</a> on the shell scripts RUN executes (shell
 * form and here-document scripts) when {@code shellcheck} is on the PATH of the run's environment, and
 * reports each of its comments under its own code ({@code SC2086}) and severity, at the position in the
 * Dockerfile. The scripts of many Dockerfiles go to few processes ({@link ShellcheckBatcher}); results
 * are kept by script content ({@link ShellcheckCache}). Every finding's rule has the name {@code shellcheck} and the alias {@code IS700}, so
 * {@code --ignore shellcheck} silences them all and {@code # hadolint ignore=SC2086} one code.
 *
 * <p>Deliberately not checked: exec-form RUNs (no shell), RUNs whose shell is not POSIX-like
 * ({@code SHELL ["powershell", ...]}, {@code # imgslim shell=powershell}, a {@code #!/usr/bin/env python3}
 * heredoc), ONBUILD triggers, and SC1090/SC1091/SC2187 (see {@link ShellcheckProcess#EXCLUDED}).
 * Without shellcheck installed, or with {@code --no-shellcheck}, the rule does nothing.
 */
public final class ShellcheckRule extends FileRule {
    /** What to tell a user who runs with {@code --verbose} when shellcheck is missing. */
    public static final String NOT_FOUND_MESSAGE =
            "shellcheck not found: install it (Debian: apt-get install shellcheck) or pass --no-shellcheck";

    /**
     * The most a ShellCheck process may take; a batch of several files that outlives it is checked again
     * file by file, each with this time: the cost stays bounded per file.
     */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Longer scripts (in characters) are not handed to ShellCheck: its time and memory grow with the
     * square of a command chain's length (ShellCheck 0.9 on one {@code &&} chain of {@code echo lineN $x}:
     * 250 commands, 4.7 kB: 0.6 s and 60 MB; 500, 9.4 kB: 1.8 s and 160 MB; 1000: 6.4 s and 680 MB;
     * 2000: 21 s and 2.8 GB). The longest RUN in the 280 real Dockerfiles of the test corpus has 2.5 kB.
     */
    static final int MAX_SCRIPT_CHARS = 10_000;

    /** The rule's own identity, from the rule table: the SC codes' identities are made from it. */
    private static final RuleMeta BRIDGE = BuiltinRules.metaOf(ShellcheckRule.class);

    /** Says that a script was not checked (too long, or ShellCheck outlived its time). */
    static final RuleMeta NOTICE =
            new RuleMeta(BRIDGE.code(), BRIDGE.name(), Severity.INFO, Category.CORRECTNESS, BRIDGE.summary());

    private static final Map<String, RuleMeta> METAS = new ConcurrentHashMap<>();

    private final Path executable;
    private final Duration timeout;
    /** Whether results are kept between runs: in {@link #cacheDir}, else where each run's options say. */
    private final boolean cached;

    private final Path cacheDir;
    private final AtomicLong submitted = new AtomicLong();

    /**
     * Runs the {@code shellcheck} each run's options name, if any ({@link LintOptions#shellcheck}, found on the
     * PATH of the run's environment: {@link #findOnPath}), and keeps its results where they say ({@link
     * LintOptions#shellcheckCache}, from the same environment: {@link #cacheFolder}).
     */
    public ShellcheckRule() {
        this(null, DEFAULT_TIMEOUT, true, null);
    }

    /** Uses the given executable (null: the one the run's options name), without a cache. */
    ShellcheckRule(Path executable, Duration timeout) {
        this(executable, timeout, false, null);
    }

    /** Uses the given executable (null: the one the run's options name) and keeps its results in {@code cacheDir}. */
    ShellcheckRule(Path executable, Duration timeout, Path cacheDir) {
        this(executable, timeout, false, cacheDir);
    }

    private ShellcheckRule(Path executable, Duration timeout, boolean cached, Path cacheDir) {
        this.executable = executable;
        this.timeout = timeout;
        this.cached = cached || cacheDir != null;
        this.cacheDir = cacheDir;
    }

    /**
     * Where a run with this environment keeps ShellCheck's results: {@code $XDG_CACHE_HOME/imgslim/shellcheck},
     * else {@code $HOME/.cache/imgslim/shellcheck} (the XDG base directory specification); null when there is
     * no such folder (neither variable set to an absolute path): ShellCheck then runs on every run and
     * nothing is kept. The CLI asks with the environment it was given, so an in-process run with its own
     * (the class-data training's scratch folder, a test) never fills the user's cache; and not the JVM's
     * {@code user.home}, which comes from the password database whatever the environment says.
     */
    public static Path cacheFolder(Map<String, String> env) {
        try {
            Path base = absolute(env.get("XDG_CACHE_HOME")); // the specification: a relative value is ignored
            if (base == null) {
                // a relative HOME would put the cache under whatever folder the run starts in
                Path home = absolute(env.get("HOME"));
                if (home == null) return null;
                base = home.resolve(".cache");
            }
            return base.resolve("imgslim").resolve("shellcheck");
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** The path {@code value} names when it is an absolute one; else null. */
    private static Path absolute(String value) {
        if (value == null || value.isEmpty()) return null;
        Path p = Path.of(value);
        return p.isAbsolute() ? p : null;
    }

    /**
     * The {@code shellcheck} executable on the PATH of {@code env}, or null when there is none. The CLI asks
     * with the environment it was given, as for {@link #cacheFolder}: an in-process caller with its own (a
     * test, the class-data training) decides which ShellCheck runs, or that none does. Not kept between
     * calls: the CLI asks once per run (a few file lookups), and runs with other PATHs may share the process.
     */
    public static Path findOnPath(Map<String, String> env) {
        return search(env.get("PATH"));
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Prepared p = prepared(ctx);
        if (p.scripts.isEmpty()) return;
        for (Script s : p.tooLong) {
            out.as(NOTICE)
                    .report(
                            s.run().keywordSpan(),
                            "not checked by ShellCheck: this RUN's script has "
                                    + s.text().length() + " characters, over the " + MAX_SCRIPT_CHARS
                                    + " it is given: ShellCheck's"
                                    + " time and memory grow with the square of a command chain's length");
        }
        Map<Script, List<ShellcheckProcess.Comment>> results = new LinkedHashMap<>();
        for (Script s : p.scripts) results.put(s, p.cached.getOrDefault(s, List.of()));
        if (p.ticket != null) {
            List<ShellcheckBatcher.Result> checked = p.ticket.await();
            List<Script> late = new ArrayList<>();
            for (int i = 0; i < checked.size(); i++) {
                ShellcheckBatcher.Result r = checked.get(i);
                if (r.timedOut()) late.add(p.submitted.get(i));
                else results.put(p.submitted.get(i), r.comments());
            }
            if (!late.isEmpty()) {
                out.as(NOTICE)
                        .report(
                                late.get(0).run().keywordSpan(),
                                "not checked by ShellCheck: it did not finish within "
                                        + seconds(timeout) + " on the scripts of the RUN"
                                        + (late.size() == 1 ? " on line " : "s on lines ")
                                        + String.join(
                                                ", ",
                                                late.stream()
                                                        .map(s -> String.valueOf(
                                                                s.run().line()))
                                                        .toList()));
            }
        }
        results.forEach((s, comments) -> {
            for (ShellcheckProcess.Comment c : comments) {
                if (!s.reports(c.code())) continue;
                Span span = s.map(c.line(), c.column(), c.endLine(), c.endColumn());
                if (span == null) continue;
                out.as(metaFor(c.code(), severity(c.level()))).report(span, message(c));
            }
        });
    }

    /**
     * Starts checking this file's scripts ahead of {@link #check} (which then only collects the results):
     * a lint of many files calls it for each file as soon as it is parsed, so ShellCheck runs over the
     * scripts of many files at once while the rules run. Does nothing when the rule is off or ignored.
     */
    public void prefetch(LintContext ctx) {
        for (String id : ctx.config().ignore()) if (meta().isNamed(id)) return;
        prepared(ctx);
    }

    /** This file's scripts, read (and sent to ShellCheck) once: no lambda, see LintContext.sharedOrNull. */
    private Prepared prepared(LintContext ctx) {
        Prepared p = ctx.sharedOrNull(Prepared.class);
        return p != null ? p : ctx.share(Prepared.class, prepare(ctx));
    }

    /**
     * No more files of the run that {@code run} belongs to are coming for now: start ShellCheck on every
     * script queued by {@link #prefetch}.
     */
    public void flush(RunCache run) {
        Checking c = run.existing(Checking.class);
        if (c != null) c.flush();
    }

    /**
     * The run is over (every file's results collected): keeps what it learned for the next run in the
     * cache's pack ({@link ShellcheckCache#storeRun}); a run answered entirely by the pack writes nothing.
     */
    public void storeRun(RunCache run) {
        Checking c = run.existing(Checking.class);
        if (c != null && c.cache != null) c.cache.storeRun();
    }

    /**
     * What one lint run's ShellCheck keeps, in the run's {@link RunCache}: the cache its results go to (null
     * for none) and, once a script is not in it, the batcher that runs ShellCheck. Not the rule's own: the
     * rule is shared by every run of the process ({@link dev.imgslim.rules.LintEngine#builtin}), and each
     * run's results go where its own options say, even when runs overlap.
     */
    private static final class Checking {
        final Path exe;
        final ShellcheckCache cache;
        private ShellcheckBatcher batcher;

        Checking(Path exe, ShellcheckCache cache) {
            this.exe = exe;
            this.cache = cache;
        }

        synchronized ShellcheckBatcher batcher(Duration timeout) {
            if (batcher == null)
                batcher = new ShellcheckBatcher(
                        exe, timeout, cache, Runtime.getRuntime().availableProcessors());
            return batcher;
        }

        synchronized void flush() {
            if (batcher != null) batcher.flush();
        }
    }

    /**
     * How many scripts have gone to ShellCheck so far (those the cache did not have): a lint that sees
     * this grow has files waiting for ShellCheck, and a thread that waits uses no core.
     */
    public long scriptsSubmitted() {
        return submitted.get();
    }

    /** One Dockerfile's scripts: those too long to check, those the cache knew, and the ticket for the rest. */
    private static final class Prepared {
        static final Prepared NONE = new Prepared(List.of());
        final List<Script> scripts;
        final List<Script> tooLong = new ArrayList<>();
        final Map<Script, List<ShellcheckProcess.Comment>> cached = new HashMap<>();
        final List<Script> submitted = new ArrayList<>();
        ShellcheckBatcher.Ticket ticket;

        Prepared(List<Script> scripts) {
            this.scripts = scripts;
        }
    }

    private Prepared prepare(LintContext ctx) {
        if (!ctx.config().shellcheck()) return Prepared.NONE;
        List<Script> scripts = RunScripts.collect(ctx);
        if (scripts.isEmpty()) return Prepared.NONE;
        Path exe = executable != null ? executable : ctx.options().shellcheck();
        if (exe == null) return Prepared.NONE;
        Checking checking = ctx.runCache().get(Checking.class, () -> new Checking(exe, cache(exe, ctx)));
        ShellcheckCache cache = checking.cache;
        Prepared p = new Prepared(scripts);
        List<String> texts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Script s : scripts) {
            String text = s.text();
            if (text.length() > MAX_SCRIPT_CHARS) {
                p.tooLong.add(s);
                continue;
            }
            Optional<List<ShellcheckProcess.Comment>> hit = cache == null ? Optional.empty() : cache.get(text);
            if (hit.isPresent()) {
                p.cached.put(s, hit.get());
            } else {
                p.submitted.add(s);
                texts.add(text);
                names.add(s.fileName());
            }
        }
        if (!texts.isEmpty()) {
            submitted.addAndGet(texts.size());
            p.ticket = checking.batcher(timeout).submit(texts, names);
        }
        return p;
    }

    /** Whether a finding is this rule's notice that something was not checked (--verbose repeats those on stderr). */
    @SuppressWarnings("ReferenceEquality") // RuleMeta constants are singletons: identity is the rule's identity
    public static boolean isNotice(RuleMeta rule) {
        return rule == NOTICE;
    }

    /** The cache a run's results go to: this rule's folder, else the run's; null for none. */
    private ShellcheckCache cache(Path exe, LintContext ctx) {
        if (!cached) return null;
        Path dir = cacheDir != null ? cacheDir : ctx.options().shellcheckCache();
        return dir == null ? null : ShellcheckCache.at(dir, exe);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /**
     * The rule a shellcheck code is reported under: code {@code SC<n>}, name {@code shellcheck}, alias
     * {@code IS700}, category correctness. Not registered: made on demand, one instance per code and severity.
     */
    public static RuleMeta metaFor(int code, Severity severity) {
        String id = "SC" + code;
        return METAS.computeIfAbsent(id + "/" + severity, k -> new RuleMeta(
                        id,
                        BRIDGE.name(),
                        severity,
                        Category.CORRECTNESS,
                        "ShellCheck " + id + ": see https://www.shellcheck.net/wiki/" + id)
                .withAliases(BRIDGE.code()));
    }

    /** shellcheck's message with its wiki page, which explains it: {@code ... (https://www.shellcheck.net/wiki/SC2086)}. */
    static String message(ShellcheckProcess.Comment c) {
        String m = c.message().strip();
        if (m.endsWith(".")) m = m.substring(0, m.length() - 1);
        return m + " (https://www.shellcheck.net/wiki/SC" + c.code() + ")";
    }

    /** shellcheck's levels: error, warning, info, style. */
    static Severity severity(String level) {
        switch (level.toLowerCase(Locale.ROOT)) {
            case "error":
                return Severity.ERROR;
            case "info":
                return Severity.INFO;
            case "style":
                return Severity.STYLE;
            default:
                return Severity.WARNING;
        }
    }

    static Path search(String path) {
        if (path == null) return null;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            for (String name : List.of("shellcheck", "shellcheck.exe")) {
                try {
                    Path p = Path.of(dir, name);
                    if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
                } catch (java.nio.file.InvalidPathException ignored) {
                    // a PATH entry that is no path
                }
            }
        }
        return null;
    }
}
