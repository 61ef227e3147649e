package dev.imgslim.probe;

import dev.imgslim.build.BuildModel;
import dev.imgslim.build.ImageReference;
import dev.imgslim.build.Stage;
import dev.imgslim.catalog.Catalog;
import dev.imgslim.catalog.Suggestion;
import dev.imgslim.script.RunScript;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Instruction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides what to probe for a Dockerfile: for each shipped stage that starts from an image, that
 * image, the catalog's slimmer variants of it (same family and version, nearest first), any extra
 * candidates the user named, and the commands the stage's RUN lines need (for the fitness check).
 */
public final class ProbePlanner {
    /** Shell built-ins and keywords: every shell has them, so they say nothing about an image's fitness. */
    private static final Set<String> BUILTINS = Set.of(
            "cd", "echo", "set", "export", "test", "[", "[[", "true", "false", "exit", "unset", "source", ".", "eval",
            "exec", "printf", "read", "shift", "trap", "umask", "wait", "type", "alias", "return", "local", "declare",
            "if", "then", "fi", "for", "do", "done", ":");

    private static final int MAX_NEEDS = 20;

    /** One stage to probe. */
    public record Target(Stage stage, String base, List<String> candidates, List<String> needs) {}

    private ProbePlanner() {}

    public static List<Target> plan(BuildModel model, Catalog catalog, List<String> extraCandidates) {
        List<Target> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Stage s : model.stages()) {
            if (!s.ships() || s.parent() != null || s.baseImage() == null || s.isScratch()) continue;
            ImageReference ref = s.baseImage();
            String base = ref.original();
            if (!seen.add(base)) continue;
            Set<String> candidates = new LinkedHashSet<>();
            catalog.match(ref).ifPresent(m -> {
                for (Suggestion sug : catalog.ladder(m)) candidates.add(sug.asWritten());
            });
            candidates.addAll(extraCandidates);
            candidates.remove(base);
            out.add(new Target(s, base, List.copyOf(candidates), needs(model, s)));
        }
        return out;
    }

    /** Programs the RUN lines of a stage and its FROM-stage descendants that ship invoke. */
    static List<String> needs(BuildModel model, Stage root) {
        Set<String> names = new LinkedHashSet<>();
        for (Stage s : model.stages()) {
            if (!s.ships() || !descendsFrom(s, root)) continue;
            for (Instruction ins : s.instructions()) {
                if (!ins.is("RUN")) continue;
                RunScript run = new RunScript(ins, model.file().source());
                if (!run.isShell()) continue;
                for (ShellCommand c : run.commands()) {
                    String n = c.name();
                    if (n.isEmpty()
                            || BUILTINS.contains(n)
                            || n.startsWith("$")
                            || n.contains("=")
                            || n.startsWith("./")
                            || !FitnessCheck.COMMAND_NAME.matcher(n).matches()) continue;
                    names.add(n);
                    if (names.size() >= MAX_NEEDS) return List.copyOf(names);
                }
            }
        }
        return List.copyOf(names);
    }

    private static boolean descendsFrom(Stage s, Stage root) {
        for (Stage x = s; x != null; x = x.parent()) if (x == root) return true;
        return false;
    }
}
