package dev.imgslim.rules.shellcheck;

import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.config.Severity;
import dev.imgslim.syntax.Span;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs <a href="https://www.shellcheck.net">ShellCheck</a> on the shell scripts RUN executes (shell
 * form and here-document scripts) when {@code shellcheck} is on the PATH, once per Dockerfile, and
 * reports each of its comments under its own code ({@code SC2086}) and severity, at the position in the
 * Dockerfile. Every finding's rule has the name {@code shellcheck} and the alias {@code IS700}, so
 * {@code --ignore shellcheck} silences them all and {@code # hadolint ignore=SC2086} one code.
 *
 * <p>Deliberately not checked: exec-form RUNs (no shell), RUNs whose shell is not POSIX-like
 * ({@code SHELL ["powershell", ...]}, {@code # imgslim shell=powershell}, a {@code #!/usr/bin/env python3}
 * heredoc), ONBUILD triggers, and SC1090/SC1091/SC2187 (see {@link ShellcheckProcess#EXCLUDED}).
 * Without shellcheck installed, or with {@code --no-shellcheck}, the rule does nothing.
 */
public final class ShellcheckRule implements Rule {
    public static final RuleMeta META = new RuleMeta("IS700", "shellcheck", Severity.WARNING, Category.CORRECTNESS,
            "ShellCheck's findings on the shell scripts RUN executes, each under its SC code and severity");

    /** What to tell a user who runs with {@code --verbose} when shellcheck is missing. */
    public static final String NOT_FOUND_MESSAGE =
            "shellcheck not found: install it (Debian: apt-get install shellcheck) or pass --no-shellcheck";

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final Map<String, RuleMeta> METAS = new ConcurrentHashMap<>();
    private static volatile Path onPath;
    private static volatile boolean searched;

    private final Path executable;
    private final Duration timeout;

    /** Uses {@code shellcheck} from the PATH, if any. */
    public ShellcheckRule() {
        this(null, DEFAULT_TIMEOUT);
    }

    /** Uses the given executable (null: look on the PATH). */
    ShellcheckRule(Path executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
    }

    @Override
    public RuleMeta meta() { return META; }

    /** True when a {@code shellcheck} executable is on the PATH. */
    public static boolean available() {
        return findOnPath() != null;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        if (!ctx.config().shellcheck()) return;
        List<Script> scripts = RunScripts.collect(ctx);
        if (scripts.isEmpty()) return;
        Path exe = executable != null ? executable : findOnPath();
        if (exe == null) return;
        Map<String, Script> byFile = new HashMap<>();
        for (Script s : scripts) byFile.put(s.fileName(), s);
        for (ShellcheckProcess.Comment c : ShellcheckProcess.run(exe, scripts, timeout)) {
            Script s = byFile.get(c.file());
            if (s == null || !s.reports(c.code())) continue;
            Span span = s.map(c.line(), c.column(), c.endLine(), c.endColumn());
            if (span == null) continue;
            out.report(metaFor(c.code(), severity(c.level())), span, message(c));
        }
    }

    /**
     * The rule a shellcheck code is reported under: code {@code SC<n>}, name {@code shellcheck}, alias
     * {@code IS700}, category correctness. Not registered: made on demand, one instance per code and severity.
     */
    public static RuleMeta metaFor(int code, Severity severity) {
        String id = "SC" + code;
        return METAS.computeIfAbsent(id + "/" + severity, k -> new RuleMeta(id, META.name(), severity, Category.CORRECTNESS,
                "ShellCheck " + id + ": see https://www.shellcheck.net/wiki/" + id).withAliases(META.code()));
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
            case "error": return Severity.ERROR;
            case "info": return Severity.INFO;
            case "style": return Severity.STYLE;
            default: return Severity.WARNING;
        }
    }

    static Path findOnPath() {
        if (!searched) {
            onPath = search(System.getenv("PATH"));
            searched = true;
        }
        return onPath;
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
