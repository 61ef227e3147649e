package dev.imgslim.rules;

import dev.imgslim.build.BuildModel;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import dev.imgslim.script.RunScript;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Mount;
import dev.imgslim.syntax.SourceText;
import dev.imgslim.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A RUN instruction as rules see it: its mounts, the shell commands it runs ({@link RunScript}: inline,
 * exec form or a here-document fed to the shell) and their package operations. Built once per RUN and
 * shared by all rules.
 */
public final class RunView implements dev.imgslim.script.CommandList {
    private final RunScript script;
    private final List<Mount> mounts;
    private List<PackageOperation> packageOperations;

    public RunView(Instruction run, SourceText source) {
        this.script = new RunScript(run, source);
        this.mounts = BuildModel.mounts(run);
    }

    public Instruction instruction() {
        return script.instruction();
    }

    /**
     * Every package-manager command of the RUN, read once (manager, verb, options, packages with their
     * offsets); {@link #span(ShellCommand, ShellCommand.Word)} maps a package's word to the source.
     */
    public List<PackageOperation> packageOperations() {
        if (packageOperations == null) {
            List<PackageOperation> ops = new ArrayList<>();
            for (ShellCommand c : commands()) {
                Optional<PackageOperation> op = c.packageOperation();
                if (op.isPresent()) ops.add(op.get());
            }
            packageOperations = List.copyOf(ops);
        }
        return packageOperations;
    }

    /** The package operations of one manager ({@code APT_GET}, {@code PIP}...). */
    public List<PackageOperation> packageOperations(PackageManager manager) {
        // a loop, not a stream: see LintContext.sharedOrNull (start-up)
        List<PackageOperation> out = new ArrayList<>();
        for (PackageOperation op : packageOperations()) if (op.manager() == manager) out.add(op);
        return List.copyOf(out);
    }

    /** Where a word of an operation stands in the source (the whole RUN for the exec form, whose words have no offsets). */
    public Span span(PackageOperation op, ShellCommand.Word w) {
        return instruction().isJson() ? instruction().span() : span(op.command(), w);
    }

    public List<Mount> mounts() {
        return mounts;
    }

    /** Every command the RUN executes (inline, nested {@code sh -c}, and shell heredoc bodies). */
    @Override
    public List<ShellCommand> commands() {
        return script.commands();
    }

    public List<String> separators() {
        return script.separators();
    }

    /** The interpreter of the script: {@code sh} unless a heredoc or exec form says otherwise. */
    public String interpreter() {
        return script.interpreter();
    }

    public boolean isHeredocScript() {
        return script.isHeredocScript();
    }

    /** The shell-form RUN's text parsed once as a whole (see {@link RunScript#inlineScript()}); null for exec form. */
    public dev.imgslim.script.ShellScript inlineScript() {
        return script.inlineScript();
    }

    /** True when the script runs in a POSIX-like shell, so shell-command rules apply. */
    public boolean isShell() {
        return script.isShell();
    }

    /** Where a command stands in the source. */
    public Span span(ShellCommand c) {
        return script.span(c);
    }

    public Span span(ShellCommand c, ShellCommand.Word w) {
        return script.span(c, w);
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
