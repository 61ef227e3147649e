package dev.imgslim.build;

import dev.imgslim.syntax.Instruction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One build stage: its FROM, what it is based on, its instructions, and whether it ships. */
public final class Stage {
    /** Stages up to this many instructions answer {@link #indexOf} by a scan, longer ones from a map. */
    private static final int SCANNED = 16;

    private final int index;
    private final String name;
    private final Instruction from;
    private final List<Instruction> instructions;
    private final String baseText;
    private final Expansion baseExpansion;
    private final Stage parent;
    private final ImageReference baseImage;
    private final String baseError;
    private final List<Variables> scopes;
    /**
     * Position of each instruction, for stages too long to scan (null for a short stage: a map per stage
     * would cost more than the stage's instructions when a file has tens of thousands of small stages).
     */
    private final IdentityHashMap<Instruction, Integer> positions;

    private final StageBase base;
    private final Stage root;
    private final Set<Class<? extends Instruction>> inheritedTypes;
    private Set<Class<? extends Instruction>> passedDown;
    private StageShell[] declaredShells;
    private boolean windows;
    private ShellDecisions shellDecisions;
    boolean isFinal;
    boolean ships;
    boolean wholeRootCopied;
    final List<Stage> children = new ArrayList<>();

    Stage(
            int index,
            String name,
            Instruction from,
            List<Instruction> instructions,
            String baseText,
            Expansion baseExpansion,
            Stage parent,
            ImageReference baseImage,
            String baseError,
            List<Variables> scopes) {
        this.index = index;
        this.name = name;
        this.from = from;
        this.instructions = instructions; // an immutable view of the file's list (see BuildModel.of)
        this.baseText = baseText;
        this.baseExpansion = baseExpansion;
        this.parent = parent;
        this.baseImage = baseImage;
        this.baseError = baseError;
        this.scopes = List.copyOf(scopes);
        this.positions = this.instructions.size() <= SCANNED ? null : new IdentityHashMap<>(this.instructions.size());
        if (positions != null)
            for (int i = 0; i < this.instructions.size(); i++) positions.put(this.instructions.get(i), i);
        this.root = parent == null ? this : parent.root;
        this.inheritedTypes = parent == null ? Set.of() : parent.typesPassedDown();
        this.base = decideBase();
    }

    void decideShells(ShellDecisions decisions) {
        this.shellDecisions = decisions;
        this.windows = decisions.isWindows(root);
        StageShell inherited = parent == null ? null : parent.declaredShells[parent.declaredShells.length - 1];
        this.declaredShells = decisions.declared(inherited, from, instructions);
    }

    private StageBase decideBase() {
        if (parent != null) return new StageBase.OtherStage(parent);
        if (baseText.isEmpty()) return new StageBase.Unresolved("FROM names no base");
        if (baseExpansion.error() != null) return new StageBase.Unresolved(baseExpansion.error());
        if (!baseExpansion.unmatched().isEmpty()) {
            return new StageBase.Unresolved(
                    "no value for " + String.join(", ", new java.util.TreeSet<>(baseExpansion.unmatched())));
        }
        if (baseExpansion.value().equalsIgnoreCase("scratch")) return new StageBase.Scratch();
        if (baseImage != null) return new StageBase.Image(baseImage);
        return new StageBase.Unresolved(
                baseError != null ? baseError : "not an image reference: " + baseExpansion.value());
    }

    /**
     * The instruction types (WORKDIR, SHELL...) of the stages this one is built FROM, worked out once from
     * the parent's so that asking costs no walk up the chain (a chain of n stages would cost n² visits).
     */
    public Set<Class<? extends Instruction>> inheritedInstructionTypes() {
        return inheritedTypes;
    }

    /** What a stage built FROM this one inherits: the parent's types and this stage's own. */
    private Set<Class<? extends Instruction>> typesPassedDown() {
        if (passedDown == null) passedDown = unionWithOwn();
        return passedDown;
    }

    private Set<Class<? extends Instruction>> unionWithOwn() {
        Set<Class<? extends Instruction>> own = new HashSet<>();
        for (Instruction ins : instructions) own.add(ins.getClass());
        if (inheritedTypes.containsAll(own)) return inheritedTypes; // shared down the chain, not copied
        own.addAll(inheritedTypes);
        return Set.copyOf(own);
    }

    /** What the stage is built FROM. */
    public StageBase base() {
        return base;
    }

    /** The first stage of the {@code FROM <stage>} chain: the one that starts from an image or scratch (this one when it does). */
    public Stage root() {
        return root;
    }

    /** The stage's FROM instruction, typed. */
    public dev.imgslim.syntax.From fromInstruction() {
        return (dev.imgslim.syntax.From) from;
    }

    /** Position of {@code ins} in {@link #instructions()}, or -1. */
    public int indexOf(Instruction ins) {
        if (positions == null) {
            for (int i = 0; i < instructions.size(); i++) if (instructions.get(i) == ins) return i;
            return -1;
        }
        Integer i = positions.get(ins);
        return i == null ? -1 : i;
    }

    /** True when the stage builds a Windows image (its root base or the file's name says so). */
    public boolean isWindows() {
        return windows;
    }

    /** The shell in effect at the end of the stage (what a stage built FROM this one inherits). */
    public StageShell shell() {
        return shellDecisions.effective(null, declaredShells[declaredShells.length - 1], windows);
    }

    /** The shell that runs {@code ins} (a RUN of this stage, or one of its ONBUILD triggers). */
    public StageShell shell(Instruction ins) {
        int i = indexOf(ins);
        StageShell declared = declaredShells[i < 0 ? declaredShells.length - 1 : i];
        return shellDecisions.effective(ins, declared, windows);
    }

    public int index() {
        return index;
    }

    /** The stage name as written after AS, or null. */
    public String name() {
        return name;
    }

    /** The name, or the index as BuildKit accepts it in {@code --from}. */
    public String label() {
        return name != null ? name : String.valueOf(index);
    }

    public Instruction from() {
        return from;
    }

    /** True when {@code --from=value} names this stage: its name (case-insensitive) or its index. */
    public boolean answersTo(String value) {
        return (name != null && name.equalsIgnoreCase(value))
                || String.valueOf(index).equals(value);
    }

    /** The instructions after FROM, up to the next FROM. */
    public List<Instruction> instructions() {
        return instructions;
    }

    /** The base as written ({@code python:${PY}-slim}). */
    public String baseText() {
        return baseText;
    }

    /** The base after ARG expansion, and which variables were missing. */
    public Expansion baseExpansion() {
        return baseExpansion;
    }

    /** The stage this one is built FROM, or null when it starts from an image. */
    public Stage parent() {
        return parent;
    }

    /** The base image when this stage starts from one (null for a stage parent, scratch or an unparseable ref). */
    public ImageReference baseImage() {
        return baseImage;
    }

    /** Why the base did not parse as an image reference, or null. */
    public String baseError() {
        return baseError;
    }

    public boolean isScratch() {
        // Only a 7-char text lower-cases to "scratch" (no char lower-cases to two ASCII letters): the others are
        // not scanned for upper case (asked per stage by several rules).
        String base = baseExpansion.value();
        return parent == null
                && base.length() == 7
                && base.toLowerCase(Locale.ROOT).equals("scratch");
    }

    /** The image whose layers this stage starts from: its own base or its parent chain's. */
    public ImageReference rootImage() {
        return root.baseImage;
    }

    /** The final stage: the last one, or the {@code --target}. */
    public boolean isFinal() {
        return isFinal;
    }

    /**
     * True when this stage's layers end up in the final image: the final stage, its ancestors through
     * {@code FROM <stage>}, and stages whose whole root is copied into a shipping stage
     * ({@code COPY --from=x / /}). A stage that only feeds {@code COPY --from} of some files does not ship.
     */
    public boolean ships() {
        return ships;
    }

    /** Stages built FROM this one. */
    public List<Stage> children() {
        return Collections.unmodifiableList(children);
    }

    /** ARG and ENV values in scope just before the instruction at position {@code i} of {@link #instructions()}. */
    public Variables variablesBefore(int i) {
        return scopes.get(i);
    }

    /** ARG and ENV values in scope just before {@code ins}. */
    public Variables variablesBefore(Instruction ins) {
        int i = indexOf(ins);
        return scopes.get(i < 0 ? scopes.size() - 1 : i);
    }

    /** ARG and ENV values at the end of the stage. */
    public Variables variablesAtEnd() {
        return scopes.get(scopes.size() - 1);
    }

    @Override
    public String toString() {
        return "stage " + label() + " FROM " + baseText;
    }
}
