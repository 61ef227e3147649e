package dev.imgslim.build;

import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.Flag;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Mount;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stages of a Dockerfile and how they connect: global ARGs, each stage's base (ARG defaults and
 * {@code --build-arg} values applied), {@code FROM <stage>} chains, {@code COPY --from} links, and which
 * stages ship in the final image.
 */
public final class BuildModel {
    private final Dockerfile file;
    private final List<Instruction> globalArgs;
    private final Variables globalScope;
    private final List<Stage> stages;
    private final Stage finalStage;
    private final Map<String, String> buildArgs;
    private final Map<String, List<Stage>> byName = new java.util.HashMap<>();
    /**
     * Source offset of each stage's FROM, in file order: a stage's instructions follow its FROM, so the
     * stage of an instruction is found by a binary search (an identity map of every instruction took 4 MB,
     * and 6 MB more while it grew, for the 176k instructions of a 10 MB file).
     */
    private final int[] fromOffsets;

    private BuildModel(
            Dockerfile file,
            List<Instruction> globalArgs,
            Variables globalScope,
            List<Stage> stages,
            Stage finalStage,
            Map<String, String> buildArgs) {
        this.file = file;
        this.globalArgs = globalArgs;
        this.globalScope = globalScope;
        this.stages = stages;
        this.finalStage = finalStage;
        this.buildArgs = buildArgs;
        this.fromOffsets = new int[stages.size()];
        for (Stage s : stages) {
            if (s.name() != null) {
                // get-or-put, not computeIfAbsent with a lambda: see dev.imgslim.rules.LintContext#sharedOrNull
                String key = s.name().toLowerCase(Locale.ROOT);
                List<Stage> named = byName.get(key);
                if (named == null) byName.put(key, named = new ArrayList<>(1));
                named.add(s);
            }
            fromOffsets[s.index()] = s.from().startOffset();
        }
    }

    public static BuildModel of(Dockerfile file) {
        return of(file, Map.of(), null);
    }

    /**
     * Builds the model of one Dockerfile for the given build arguments and target.
     *
     * @param buildArgs {@code --build-arg} values, which override ARG defaults
     * @param target    the {@code --target} stage name, or null for the last stage
     */
    public static BuildModel of(Dockerfile file, Map<String, String> buildArgs, String target) {
        char esc = file.escape();
        List<Instruction> globalArgs = new ArrayList<>();
        Map<String, String> global = new LinkedHashMap<>();
        for (String a : Variables.AUTOMATIC_PLATFORM_ARGS) global.put(a, null);
        List<Instruction> all = List.copyOf(file.instructions()); // the same list when it is immutable (a parsed file)
        int i = 0;
        while (i < all.size() && !all.get(i).is("FROM")) {
            Instruction ins = all.get(i++);
            if (ins.is("ARG")) {
                globalArgs.add(ins);
                declareArgs(ins, global, Map.of(), buildArgs, esc);
            }
        }
        Variables globalScope = Variables.of(global, Set.of());
        List<Stage> stages = new ArrayList<>();
        Map<String, Stage> byName = new LinkedHashMap<>();
        ShellDecisions shells = new ShellDecisions(file);
        SharedStrings strings = new SharedStrings();
        // Stages FROM the same text share one parsed reference (records: equal is as good as the same).
        Map<String, ImageReference> images = new java.util.HashMap<>();
        while (i < all.size()) {
            Instruction from = all.get(i++);
            int first = i;
            while (i < all.size() && !all.get(i).is("FROM")) i++;
            // A view of the file's (immutable) list: no copy per stage (~1.6 MB for 16,800 stages).
            List<Instruction> body = all.subList(first, i);
            List<String> args = from.args();
            String baseText = args.isEmpty() ? "" : strings.share(args.get(0));
            String name = args.size() >= 3 && args.get(1).equalsIgnoreCase("as") ? args.get(2) : null;
            Expansion expanded = Expansion.expand(baseText, global, esc);
            Expansion base = new Expansion(strings.share(expanded.value()), expanded.unmatched(), expanded.error());
            Stage parent = byName.get(base.value().toLowerCase(Locale.ROOT));
            ImageReference image = null;
            String error = null;
            if (parent == null && !base.value().equalsIgnoreCase("scratch") && base.complete()) {
                try {
                    image = images.get(base.value());
                    if (image == null) {
                        image = ImageReference.parse(base.value());
                        images.put(base.value(), image);
                    }
                } catch (RuntimeException e) {
                    error = e.getMessage();
                }
            }
            Map<String, String> inherited = parent != null ? envOnly(parent) : new LinkedHashMap<>();
            Set<String> envNames = new HashSet<>();
            if (parent != null) {
                Variables atEnd = parent.variablesAtEnd();
                for (String n : atEnd.asMap().keySet()) if (atEnd.isEnv(n)) envNames.add(n);
            }
            List<Variables> scopes = scopes(body, inherited, envNames, global, buildArgs, esc, strings);
            Stage stage = new Stage(stages.size(), name, from, body, baseText, base, parent, image, error, scopes);
            stage.decideShells(shells);
            if (parent != null) parent.children.add(stage);
            stages.add(stage);
            if (name != null) byName.putIfAbsent(name.toLowerCase(Locale.ROOT), stage);
        }
        Stage fin = stages.isEmpty() ? null : stages.get(stages.size() - 1);
        if (target != null && byName.containsKey(target.toLowerCase(Locale.ROOT)))
            fin = byName.get(target.toLowerCase(Locale.ROOT));
        BuildModel model = new BuildModel(
                file, List.copyOf(globalArgs), globalScope, List.copyOf(stages), fin, Map.copyOf(buildArgs));
        model.markShipping();
        return model;
    }

    private static Map<String, String> envOnly(Stage parent) {
        Map<String, String> out = new LinkedHashMap<>();
        Variables end = parent.variablesAtEnd();
        for (String n : end.names()) if (end.isEnv(n)) out.put(n, end.get(n));
        return out;
    }

    private static List<Variables> scopes(
            List<Instruction> body,
            Map<String, String> inherited,
            Set<String> envNames,
            Map<String, String> global,
            Map<String, String> buildArgs,
            char esc,
            SharedStrings strings) {
        VariableHistory history = new VariableHistory(inherited, envNames, strings);
        Map<String, String> vars = history.live();
        List<Variables> scopes = new ArrayList<>();
        // One snapshot per change, shared by the instructions until the next ARG or ENV; a snapshot is a
        // version of the history, not a copy of the variables.
        Variables snapshot = null;
        for (Instruction ins : body) {
            if (snapshot == null) snapshot = history.snapshot();
            scopes.add(snapshot);
            if (ins.is("ARG") || ins.is("ENV")) snapshot = null;
            if (ins.is("ARG")) {
                declareArgs(ins, vars, global, buildArgs, esc);
            } else if (ins.is("ENV")) {
                List<String> a = ins.args();
                for (int k = 0; k + 1 < a.size(); k += 3) {
                    String key = a.get(k);
                    String raw = a.get(k + 1);
                    // The legacy form (ENV k v) keeps the value as written; k=v words are expanded.
                    String value = Expansion.expand(raw, vars, esc).value();
                    vars.put(key, value);
                    history.markEnv(key);
                }
            }
        }
        scopes.add(snapshot != null ? snapshot : history.snapshot());
        return scopes;
    }

    private static void declareArgs(
            Instruction ins,
            Map<String, String> scope,
            Map<String, String> global,
            Map<String, String> buildArgs,
            char esc) {
        for (String word : ins.args()) {
            int eq = word.indexOf('=');
            String key = eq < 0 ? word : word.substring(0, eq);
            String value;
            if (buildArgs.containsKey(key)) value = buildArgs.get(key);
            else if (eq >= 0)
                value = Expansion.expand(word.substring(eq + 1), scope, esc).value();
            else if (global.containsKey(key)) value = global.get(key);
            else if (scope.containsKey(key)) value = scope.get(key);
            else value = null;
            scope.put(key, value);
        }
    }

    /** Marks the final stage, its ancestors, and stages whose whole root is copied into a shipping stage. */
    private void markShipping() {
        if (finalStage == null) return;
        finalStage.isFinal = true;
        Deque<Stage> work = new ArrayDeque<>();
        work.add(finalStage);
        while (!work.isEmpty()) {
            Stage s = work.poll();
            if (s.ships) continue;
            s.ships = true;
            if (s.parent() != null) work.add(s.parent());
            for (Instruction ins : s.instructions()) {
                if (!ins.is("COPY") && !ins.is("ADD")) continue;
                Flag from = ins.flag("from");
                if (from == null) continue;
                FromRef ref = resolveFrom(from.value(), s);
                if (ref.kind() == FromRef.Kind.STAGE && copiesWholeRoot(ins)) {
                    ref.stage().wholeRootCopied = true;
                    work.add(ref.stage());
                }
            }
        }
    }

    /** {@code COPY --from=x / /}: every file of x lands in the image. */
    public static boolean copiesWholeRoot(Instruction copy) {
        List<String> a = copy.args();
        if (a.size() < 2) return false;
        for (int k = 0; k < a.size() - 1; k++) {
            String src = a.get(k);
            if (src.equals("/") || src.equals("/.") || src.equals("/*") || src.equals(".")) return true;
        }
        return false;
    }

    public Dockerfile file() {
        return file;
    }

    public List<Stage> stages() {
        return stages;
    }

    /** The stage the build produces (last, or --target); null only for a file without FROM. */
    public Stage finalStage() {
        return finalStage;
    }

    /** ARG instructions before the first FROM. */
    public List<Instruction> globalArgs() {
        return globalArgs;
    }

    /** Values of the global ARGs (what FROM lines see). */
    public Variables globalScope() {
        return globalScope;
    }

    public Map<String, String> buildArgs() {
        return buildArgs;
    }

    public Optional<Stage> stage(String name) {
        List<Stage> named = name == null ? null : byName.get(name.toLowerCase(Locale.ROOT));
        return named == null ? Optional.empty() : Optional.of(named.get(0));
    }

    /** The stage that holds {@code ins} (its FROM or a later instruction), or null for global ARGs. */
    public Stage stageOf(Instruction ins) {
        int at = java.util.Arrays.binarySearch(fromOffsets, ins.startOffset());
        int candidate = at >= 0 ? at : -at - 2;
        if (candidate < 0) return null;
        Stage s = stages.get(candidate);
        // Only the instructions of this file's stages have one (not an ONBUILD's trigger, nor another file's).
        return s.from() == ins || s.indexOf(ins) >= 0 ? s : null;
    }

    /** The first stage other than {@code current} that {@code --from=value} names (by name or index), or null. */
    private Stage stageNamed(String value, Stage current) {
        Stage best = null;
        for (Stage s : byName.getOrDefault(value.toLowerCase(Locale.ROOT), List.of())) {
            if (s != current) {
                best = s;
                break;
            }
        }
        if (!value.isEmpty() && value.chars().allMatch(Character::isDigit) && value.length() < 6) {
            int i = Integer.parseInt(value);
            if (value.equals(String.valueOf(i))
                    && i < stages.size()
                    && stages.get(i) != current
                    && (best == null || i < best.index())) best = stages.get(i);
        }
        return best;
    }

    /**
     * Resolves a {@code --from} value as BuildKit does: the name or index of another stage, else an
     * image reference; a bare name that is no stage is a named build context candidate.
     */
    public FromRef resolveFrom(String value, Stage current) {
        String v = value == null ? "" : value;
        Variables vars = current == null ? globalScope : current.variablesAtEnd();
        String expanded = Expansion.expand(v, vars.asMap(), file.escape()).value();
        // BuildKit builds a graph: --from may name any other stage, also one defined further down.
        Stage named = stageNamed(expanded, current);
        if (named != null) return new FromRef(FromRef.Kind.STAGE, v, named, null);
        ImageReference image = null;
        try {
            image = ImageReference.parse(expanded);
        } catch (RuntimeException ignored) {
            // Not an image reference either: reported by the rules that care.
        }
        boolean looksLikeImage = expanded.contains("/") || expanded.contains(":") || expanded.contains("@");
        return new FromRef(looksLikeImage ? FromRef.Kind.IMAGE : FromRef.Kind.NAMED_CONTEXT, v, null, image);
    }

    /** The mounts of a RUN instruction. */
    public static List<Mount> mounts(Instruction run) {
        List<Mount> out = new ArrayList<>();
        for (Flag f : run.flags("mount")) if (f.value() != null) out.add(Mount.parse(f.value()));
        return out;
    }
}
