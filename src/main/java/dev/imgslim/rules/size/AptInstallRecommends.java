package dev.imgslim.rules.size;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.RunView;
import dev.imgslim.rules.SizeSaving;
import dev.imgslim.rules.TextEdit;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Heredoc;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Run;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code apt-get install} (or {@code apt install}) without {@code --no-install-recommends} in a
 * shipped stage: apt also installs every "Recommends" package.
 *
 * <p>Deliberately not flagged: {@code -o APT::Install-Recommends=false} (or {@code =0}), an apt
 * configuration written earlier in the stage or its FROM-stage ancestors that sets
 * {@code APT::Install-Recommends "false"}, installs of local {@code .deb} files only, builder stages, and
 * {@code ONBUILD RUN}. It cannot see an apt configuration that the base image itself ships.
 */
public final class AptInstallRecommends extends ShippedRunRule {
    /** Compiled once, not on every call (String.matches, replaceFirst and split compile their pattern each time). */
    private static final java.util.regex.Pattern VERSION_TAIL = java.util.regex.Pattern.compile("[=:].*$");
    /** The catalog's measured extra bytes with recommends (facts §2: one build each on Debian bookworm). */
    static final Map<String, dev.imgslim.catalog.PackageFigure> MEASURED = recommendsFigures();

    private static Map<String, dev.imgslim.catalog.PackageFigure> recommendsFigures() {
        Map<String, dev.imgslim.catalog.PackageFigure> out = new java.util.HashMap<>();
        for (var f : dev.imgslim.catalog.PackageFigures.bundled().packages()) {
            if (f.manager().equals("apt-get")
                    && f.what().equals("recommends")
                    && f.packages().size() == 1
                    && f.onDisk()) out.put(f.packages().get(0), f);
        }
        return Map.copyOf(out);
    }

    @Override
    void check(Node<Run> node, RunView run, FindingSink out) {
        if (Configured.of(node.context()).disabledBy(node.stage(), node.instruction())) return;
        for (ShellCommand c : run.commands()) {
            if (!(c.is("apt-get") || c.is("apt")) || !"install".equals(c.subcommand())) continue;
            if (c.hasFlag("--no-install-recommends") || optionDisables(c)) continue;
            List<String> pkgs = packages(c);
            if (pkgs.isEmpty()) continue;
            report(run, c, pkgs, baseName(node.stage()), out);
        }
    }

    /**
     * Per file and stage: where an instruction of the stage first turns recommends off, and whether the
     * stages it is built FROM did; worked out once per file, in stage order (a parent is always an earlier
     * stage, so it is known when its children come).
     */
    private static final class Configured {
        /** Per stage: the index of the first instruction that disables recommends (its size when none), and whether the ancestors did. */
        private final IdentityHashMap<Stage, int[]> firstDisabling = new IdentityHashMap<>();

        private Configured(LintContext ctx) {
            for (Stage s : ctx.model().stages()) {
                int[] parent = s.parent() == null ? null : firstDisabling.get(s.parent());
                boolean inherited = parent != null
                        && (parent[1] == 1
                                || parent[0] < s.parent().instructions().size());
                List<Instruction> body = s.instructions();
                int first = body.size();
                for (int i = 0; i < body.size(); i++) {
                    if (disablesRecommends(body.get(i))) {
                        first = i;
                        break;
                    }
                }
                firstDisabling.put(s, new int[] {first, inherited ? 1 : 0});
            }
        }

        static Configured of(LintContext ctx) {
            Configured c = ctx.sharedOrNull(Configured.class);
            return c != null ? c : ctx.share(Configured.class, new Configured(ctx));
        }

        /** True when {@code ins} or an instruction before it (in its stage or the stages it is built FROM) disables recommends. */
        boolean disabledBy(Stage stage, Instruction ins) {
            int[] f = firstDisabling.get(stage);
            int i = stage.indexOf(ins);
            return f[1] == 1 || (i >= 0 && f[0] <= i);
        }
    }

    /** Measured only on the base it was measured on; elsewhere an estimate with that basis. */
    private static SizeSaving saving(dev.imgslim.catalog.PackageFigure f, String pkg, String base) {
        String basis = "recommends of '" + pkg + "' on " + f.measuredOn() + ", one build (catalog: " + f.source() + ", "
                + f.asOf() + ")";
        return f.measuredOn().equals(base)
                ? new SizeSaving(f.bytes(), false, "measured", basis)
                : new SizeSaving(f.bytes(), false, "estimate", basis + "; not measured on " + base);
    }

    private static void report(RunView run, ShellCommand c, List<String> pkgs, String base, FindingSink out) {
        String best = null;
        for (String p : pkgs) {
            String name = VERSION_TAIL.matcher(p).replaceFirst("");
            if (MEASURED.containsKey(name)
                    && (best == null
                            || MEASURED.get(name).bytes() > MEASURED.get(best).bytes())) best = name;
        }
        String figure = best != null
                ? ""
                : " (typically 9-30 % of the installed size; measured: curl -30 %, python3 -9 %,"
                        + " build-essential -20 %)";
        String message =
                "'" + c.name() + " install' without --no-install-recommends also installs recommended packages" + figure
                        + "; add --no-install-recommends and list what you need (ca-certificates is often one of them)";
        SizeSaving saving = best == null ? null : saving(MEASURED.get(best), best, base);
        List<Fix> fixes = new ArrayList<>();
        if (!run.isHeredocScript() && !run.instruction().isJson()) {
            for (ShellCommand.Word w : c.argWords()) {
                if (w.value().equals("install")) {
                    fixes.add(Fix.safe(
                            "add --no-install-recommends",
                            TextEdit.insert(run.span(c, w).endOffset(), " --no-install-recommends")));
                    break;
                }
            }
        }
        out.report(run.span(c), message, saving, fixes);
    }

    private static List<String> packages(ShellCommand c) {
        List<String> out = new ArrayList<>();
        for (String p : c.operands()) {
            if (p.endsWith(".deb") || p.startsWith("./") || p.startsWith("/")) continue;
            out.add(p);
        }
        return out;
    }

    private static boolean optionDisables(ShellCommand c) {
        for (String a : c.args()) {
            String l = a.toLowerCase(Locale.ROOT);
            if (l.contains("apt::install-recommends=")
                    && (l.endsWith("=false")
                            || l.endsWith("=0")
                            || l.endsWith("=no")
                            || l.endsWith("=off")
                            || l.endsWith("=\"false\""))) return true;
        }
        return false;
    }

    /** An instruction that writes {@code APT::Install-Recommends "false"} (or 0) into an apt configuration. */
    static boolean disablesRecommends(Instruction ins) {
        if (!ins.is("RUN") && !ins.is("COPY") && !ins.is("ADD")) return false;
        // Most instructions never name the option: skip joining, splitting and lower-casing every line for
        // them. The name holds no line break, so it is in the joined text only when it is in one of its parts.
        String original = ins.original();
        boolean named = mayName(original, "apt::install-recommends");
        for (Heredoc d : ins.heredocs()) named = named || mayName(d.content(), "apt::install-recommends");
        if (named) {
            StringBuilder text = new StringBuilder(original);
            for (Heredoc d : ins.heredocs()) text.append('\n').append(d.content());
            for (String line : text.toString().split("\n")) {
                String l = line.toLowerCase(Locale.ROOT);
                int k = l.indexOf("apt::install-recommends");
                if (k < 0) continue;
                String after = l.substring(k + "apt::install-recommends".length());
                if (after.contains("=")) continue; // an -o option of one command, handled per command
                if (after.contains("false") || after.contains("\"0\"") || after.contains(" 0") || after.contains("'0'"))
                    return true;
            }
        }
        // A COPY of a config file named for it (e.g. 99no-recommends) into apt.conf.d.
        if (ins.is("COPY") || ins.is("ADD")) {
            List<String> a = ins.args();
            String dest = a.isEmpty() ? "" : a.get(a.size() - 1).toLowerCase(Locale.ROOT);
            if (dest.contains("apt.conf")) {
                for (String s : a) if (s.toLowerCase(Locale.ROOT).contains("recommend")) return true;
            }
        }
        return false;
    }

    /**
     * False when {@code text} certainly has no {@code name} (lower case ASCII) in it, whatever the case of its
     * letters: each character compared as {@link String#regionMatches(boolean, int, String, int, int)} with
     * ignoreCase does, so every place where {@code text.toLowerCase(Locale.ROOT)} has {@code name} is found.
     */
    static boolean mayName(CharSequence chars, String name) {
        String text = chars.toString();
        int n = name.length();
        int colons = name.indexOf("::");
        if (colons < 0) {
            for (int i = 0, last = text.length() - n; i <= last; i++) if (namesAt(text, i, name)) return true;
            return false;
        }
        // The "::" has no other case, so a place that names it has its "::" where the name has it: only
        // those places are compared (a scan of every position folding case was 1.1 % of the CPU of a
        // 10,000-file lint, 2026-12-06: many RUNs write apt's own "::" options).
        for (int at = text.indexOf("::"); at >= 0; at = text.indexOf("::", at + 1)) {
            int i = at - colons;
            if (i >= 0 && i + n <= text.length() && namesAt(text, i, name)) return true;
        }
        return false;
    }

    /** True when {@code text} has {@code name} at {@code i}, letters compared as {@link #mayName} says. */
    private static boolean namesAt(String text, int i, String name) {
        int n = name.length();
        int k = 0;
        while (k < n && sameLetter(text.charAt(i + k), name.charAt(k))) k++;
        return k == n;
    }

    private static boolean sameLetter(char c, char lower) {
        return c == lower
                || Character.toLowerCase(c) == lower
                || Character.toLowerCase(Character.toUpperCase(c)) == lower;
    }

    /** The image the stage's lineage starts from, as {@code name:tag}. */
    private static String baseName(Stage stage) {
        Stage root = stage;
        while (root.parent() != null) root = root.parent();
        var base = root.baseImage();
        return base == null ? "this stage's base" : base.familiarName() + ":" + base.tagOrLatest();
    }
}
