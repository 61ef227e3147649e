package dev.imgslim.rules;

import dev.imgslim.build.BuildModel;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.script.ShellScript;
import dev.imgslim.syntax.Heredoc;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Mount;
import dev.imgslim.syntax.SourceText;
import dev.imgslim.syntax.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A RUN instruction as rules see it: its mounts and the shell commands it runs, whether written inline,
 * in exec form, or in a here-document fed to the shell. Built once per RUN and shared by all rules.
 */
public final class RunView implements dev.imgslim.script.CommandList {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh");

    private final Instruction instruction;
    private final List<Mount> mounts;
    private final List<ShellCommand> commands = new ArrayList<>();
    private final IdentityHashMap<ShellCommand, java.util.function.BiFunction<Integer, Integer, Span>> locators =
            new IdentityHashMap<>();
    private final List<String> separators = new ArrayList<>();
    private String interpreter = "sh";
    private final boolean heredocScript;
    private List<PackageOperation> packageOperations;

    public RunView(Instruction run, SourceText source) {
        this.instruction = run;
        this.mounts = BuildModel.mounts(run);
        boolean fromHeredoc = false;
        if (run.isJson()) {
            add(ShellScript.exec(run.args()), (s, e) -> run.span());
            if (!run.args().isEmpty()) interpreter = baseName(run.args().get(0));
        } else {
            ShellScript inline = ShellScript.parse(run.rest());
            add(inline, run::spanOfRest);
            for (Heredoc doc : run.heredocs()) {
                String shell = heredocInterpreter(inline, doc);
                if (shell == null) continue;
                fromHeredoc = true;
                interpreter = shell;
                if (!SHELLS.contains(shell)) continue;
                int base = source.lineStart(doc.bodyStartLine());
                add(ShellScript.parse(doc.content()), (s, e) -> source.span(base + s, base + e));
            }
        }
        this.heredocScript = fromHeredoc;
    }

    /**
     * The program that runs a heredoc body as a script: the shell when the heredoc is the whole command
     * ({@code RUN <<EOF}; a {@code #!} line picks another interpreter), or the command it feeds
     * ({@code RUN bash <<EOF}, {@code RUN python3 <<EOF}). Null when the heredoc is data for a command
     * such as {@code cat <<EOF > file}.
     */
    private static String heredocInterpreter(ShellScript inline, Heredoc doc) {
        String shebang = shebang(doc.content());
        boolean whole = inline.commands().stream()
                .allMatch(c -> c.name().startsWith("<<") || c.name().matches("\\d*<<.*"));
        if (whole || inline.commands().isEmpty()) return shebang != null ? shebang : "sh";
        ShellCommand first = inline.commands().get(0);
        String name = first.name();
        boolean fedByHeredoc = first.args().stream().anyMatch(a -> a.startsWith("<<"))
                && first.args().stream()
                        .filter(a -> !a.startsWith("-") && !a.startsWith("<<"))
                        .findAny()
                        .isEmpty();
        if (fedByHeredoc) return SHELLS.contains(name) && shebang != null ? shebang : name;
        return null;
    }

    private static String shebang(String content) {
        if (!content.startsWith("#!")) return null;
        String line = content.lines().findFirst().orElse("").substring(2).trim();
        String[] parts = line.split("\\s+");
        String prog = baseName(parts[0]);
        if (prog.equals("env") && parts.length > 1)
            prog = baseName(parts[parts.length > 2 && parts[1].startsWith("-") ? 2 : 1]);
        return prog;
    }

    private static String baseName(String p) {
        return p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    private void add(ShellScript script, java.util.function.BiFunction<Integer, Integer, Span> locator) {
        for (ShellCommand c : script.commands()) {
            if (c.name().startsWith("<<") || c.name().matches("\\d+<<.*")) continue;
            commands.add(c);
            locators.put(c, locator);
        }
        separators.addAll(script.separators());
    }

    public Instruction instruction() {
        return instruction;
    }

    /**
     * Every package-manager command of the RUN, read once (manager, verb, options, packages with their
     * offsets); {@link #span(ShellCommand, ShellCommand.Word)} maps a package's word to the source.
     */
    public List<PackageOperation> packageOperations() {
        if (packageOperations == null) {
            List<PackageOperation> ops = new ArrayList<>();
            for (ShellCommand c : commands) c.packageOperation().ifPresent(ops::add);
            packageOperations = List.copyOf(ops);
        }
        return packageOperations;
    }

    /** The package operations of one manager ({@code APT_GET}, {@code PIP}...). */
    public List<PackageOperation> packageOperations(PackageManager manager) {
        return packageOperations().stream()
                .filter(op -> op.manager() == manager)
                .toList();
    }

    /** Where a word of an operation stands in the source (the whole RUN for the exec form, whose words have no offsets). */
    public Span span(PackageOperation op, ShellCommand.Word w) {
        return instruction.isJson() ? instruction.span() : span(op.command(), w);
    }

    public List<Mount> mounts() {
        return mounts;
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

    /** True when the script runs in a POSIX-like shell, so shell-command rules apply. */
    public boolean isShell() {
        return SHELLS.contains(interpreter) || instruction.isJson();
    }

    /** Where a command stands in the source. */
    public Span span(ShellCommand c) {
        var loc = locators.get(c);
        return loc == null ? instruction.span() : loc.apply(c.start(), c.end());
    }

    public Span span(ShellCommand c, ShellCommand.Word w) {
        var loc = locators.get(c);
        return loc == null ? instruction.span() : loc.apply(w.start(), w.end());
    }

    /** True when a cache or tmpfs mount covers {@code path}: the files written there never reach a layer. */
    public boolean hasCacheMount(String path) {
        for (Mount m : mounts) {
            if (!m.type().equals("cache") && !m.type().equals("tmpfs")) continue;
            String t = m.target();
            if (t == null) continue;
            String target = t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
            String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            if (p.equals(target) || p.startsWith(target + "/")) return true;
        }
        return false;
    }

    /** True when some {@code rm} in the RUN removes {@code path} or a parent of it (globs count). */
    public boolean removes(String path) {
        for (ShellCommand c : commands("rm")) {
            for (String a : c.nonOptions()) {
                if (covers(a, path)) return true;
            }
        }
        return false;
    }

    static boolean covers(String removed, String path) {
        String r = removed.endsWith("/") && removed.length() > 1 ? removed.substring(0, removed.length() - 1) : removed;
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (r.endsWith("/*")) r = r.substring(0, r.length() - 2);
        if (r.endsWith("*")) return p.startsWith(r.substring(0, r.length() - 1));
        return p.equals(r) || p.startsWith(r + "/");
    }
}
