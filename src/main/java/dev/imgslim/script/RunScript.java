package dev.imgslim.script;

import dev.imgslim.syntax.Heredoc;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.SourceText;
import dev.imgslim.syntax.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The shell commands a RUN instruction executes, whether written inline, in exec form, or in a
 * here-document fed to the shell, each mapped back to the source. The one reading of a RUN's script:
 * rules see it through {@code rules.RunView}, the probe directly.
 */
public final class RunScript implements CommandList {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh");

    private final Instruction instruction;
    private final List<ShellCommand> commands = new ArrayList<>();
    /** Where the commands' offsets count from: one locator for all (the usual RUN), or one per command. */
    private BiFunction<Integer, Integer, Span> onlyLocator;

    private IdentityHashMap<ShellCommand, BiFunction<Integer, Integer, Span>> locators;
    private final List<String> separators = new ArrayList<>();
    private String interpreter = "sh";
    private final boolean heredocScript;
    /** The shell-form RUN's own text as parsed (heredoc operator words kept); null for the exec form. */
    private final ShellScript inline;

    public RunScript(Instruction run, SourceText source) {
        this.instruction = run;
        boolean fromHeredoc = false;
        ShellScript inlineScript = null;
        if (run.isJson()) {
            add(ShellScript.exec(run.args()), new WholeRun(run));
            if (!run.args().isEmpty()) interpreter = baseName(run.args().get(0));
        } else {
            ShellScript inline = ShellScript.parse(run.rest());
            inlineScript = inline;
            add(inline, new RestOfRun(run));
            for (Heredoc doc : run.heredocs()) {
                Optional<String> interpreted = heredocInterpreter(inline, doc);
                if (interpreted.isEmpty()) continue;
                String shell = interpreted.get();
                fromHeredoc = true;
                interpreter = shell;
                if (!SHELLS.contains(shell)) continue;
                int base = source.lineStart(doc.bodyStartLine());
                add(ShellScript.parse(doc.content()), new InSource(source, base));
            }
        }
        this.heredocScript = fromHeredoc;
        this.inline = inlineScript;
    }

    // Where a command's offsets in its script are in the file. Classes, not lambdas: every RUN makes one,
    // and a lambda's first run costs ~0.1 ms of linking on JDK 17 (see LintContext.sharedOrNull).

    /** The exec form: its words have no offsets, so the whole instruction. */
    private record WholeRun(Instruction run) implements BiFunction<Integer, Integer, Span> {
        @Override
        public Span apply(Integer start, Integer end) {
            return run.span();
        }
    }

    /** The shell form: offsets into the instruction's text after its keyword and flags. */
    private record RestOfRun(Instruction run) implements BiFunction<Integer, Integer, Span> {
        @Override
        public Span apply(Integer start, Integer end) {
            return run.spanOfRest(start, end);
        }
    }

    /** A heredoc body: offsets from where the body starts in the source. */
    private record InSource(SourceText source, int base) implements BiFunction<Integer, Integer, Span> {
        @Override
        public Span apply(Integer start, Integer end) {
            return source.span(base + start, base + end);
        }
    }

    /**
     * The program that runs a heredoc body as a script: the shell when the heredoc is the whole command
     * ({@code RUN <<EOF}; a {@code #!} line picks another interpreter), or the command it feeds
     * ({@code RUN bash <<EOF}, {@code RUN python3 <<EOF}). Null when the heredoc is data for a command
     * such as {@code cat <<EOF > file}.
     */
    private static Optional<String> heredocInterpreter(ShellScript inline, Heredoc doc) {
        Optional<String> shebang = shebang(doc.content());
        boolean whole = inline.commands().stream().allMatch(c -> isHeredocWord(c.name()));
        if (whole || inline.commands().isEmpty()) return Optional.of(shebang.orElse("sh"));
        ShellCommand first = inline.commands().get(0);
        String name = first.name();
        boolean fedByHeredoc = first.args().stream().anyMatch(a -> a.startsWith("<<"))
                && first.args().stream()
                        .filter(a -> !a.startsWith("-") && !a.startsWith("<<"))
                        .findAny()
                        .isEmpty();
        if (fedByHeredoc) return Optional.of(SHELLS.contains(name) ? shebang.orElse(name) : name);
        return Optional.empty();
    }

    /**
     * {@code <<EOF}, {@code 3<<EOF}: a heredoc operator read as a command word. Asked of every command of
     * every RUN, so the cheap test comes before the pattern.
     */
    private static boolean isHeredocWord(String name) {
        return name.startsWith("<<")
                || (name.contains("<<") && FD_HEREDOC.matcher(name).matches());
    }

    private static final java.util.regex.Pattern FD_HEREDOC = java.util.regex.Pattern.compile("\\d+<<.*");

    /** The program a {@code #!} line names ({@code env} looked through); empty without one. */
    private static Optional<String> shebang(String content) {
        if (!content.startsWith("#!")) return Optional.empty();
        String line = content.lines().findFirst().orElse("").substring(2).trim();
        String[] parts = line.split("\\s+");
        String prog = baseName(parts[0]);
        if (prog.equals("env") && parts.length > 1)
            prog = baseName(parts[parts.length > 2 && parts[1].startsWith("-") ? 2 : 1]);
        return Optional.of(prog);
    }

    private static String baseName(String p) {
        return p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    private void add(ShellScript script, BiFunction<Integer, Integer, Span> locator) {
        for (ShellCommand c : script.commands()) {
            if (isHeredocWord(c.name())) continue;
            commands.add(c);
            remember(c, locator);
        }
        separators.addAll(script.separators());
    }

    /**
     * Most RUNs map all their commands through one locator: a map per RUN is made only when a heredoc body
     * brings a second one.
     */
    private void remember(ShellCommand c, BiFunction<Integer, Integer, Span> locator) {
        if (locators == null && (onlyLocator == null || onlyLocator == locator)) {
            onlyLocator = locator;
            return;
        }
        if (locators == null) {
            locators = new IdentityHashMap<>();
            for (ShellCommand earlier : commands) if (earlier != c) locators.put(earlier, onlyLocator);
        }
        locators.put(c, locator);
    }

    private BiFunction<Integer, Integer, Span> locator(ShellCommand c) {
        return locators != null ? locators.get(c) : onlyLocator;
    }

    public Instruction instruction() {
        return instruction;
    }

    /** Every command the RUN executes (inline, nested {@code sh -c}, and shell heredoc bodies). */
    @Override
    public List<ShellCommand> commands() {
        return commands;
    }

    public List<String> separators() {
        return separators;
    }

    /** The interpreter of the script: {@code sh} unless a heredoc or exec form says otherwise. */
    public String interpreter() {
        return interpreter;
    }

    public boolean isHeredocScript() {
        return heredocScript;
    }

    /**
     * The shell-form RUN's text ({@code rest()}) parsed as one script, with every command in order
     * (heredoc operator words included, unlike {@link #commands()}); null for the exec form. Rules that
     * need the text's own offsets and adjacency read this instead of parsing the text again.
     */
    public ShellScript inlineScript() {
        return inline;
    }

    /** True when the script runs in a POSIX-like shell, so shell-command rules apply. */
    public boolean isShell() {
        return SHELLS.contains(interpreter) || instruction.isJson();
    }

    /** Where a command stands in the source. */
    public Span span(ShellCommand c) {
        var loc = locator(c);
        return loc == null ? instruction.span() : loc.apply(c.start(), c.end());
    }

    public Span span(ShellCommand c, ShellCommand.Word w) {
        var loc = locator(c);
        return loc == null ? instruction.span() : loc.apply(w.start(), w.end());
    }
}
