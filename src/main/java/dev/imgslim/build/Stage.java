package dev.imgslim.build;

import dev.imgslim.syntax.Instruction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** One build stage: its FROM, what it is based on, its instructions, and whether it ships. */
public final class Stage {
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
    boolean isFinal;
    boolean ships;
    boolean wholeRootCopied;
    final List<Stage> children = new ArrayList<>();

    Stage(int index, String name, Instruction from, List<Instruction> instructions, String baseText, Expansion baseExpansion,
          Stage parent, ImageReference baseImage, String baseError, List<Variables> scopes) {
        this.index = index;
        this.name = name;
        this.from = from;
        this.instructions = List.copyOf(instructions);
        this.baseText = baseText;
        this.baseExpansion = baseExpansion;
        this.parent = parent;
        this.baseImage = baseImage;
        this.baseError = baseError;
        this.scopes = List.copyOf(scopes);
    }

    public int index() { return index; }

    /** The stage name as written after AS, or null. */
    public String name() { return name; }

    /** The name, or the index as BuildKit accepts it in {@code --from}. */
    public String label() { return name != null ? name : String.valueOf(index); }

    public Instruction from() { return from; }

    /** True when {@code --from=value} names this stage: its name (case-insensitive) or its index. */
    public boolean answersTo(String value) {
        return (name != null && name.equalsIgnoreCase(value)) || String.valueOf(index).equals(value);
    }

    /** The instructions after FROM, up to the next FROM. */
    public List<Instruction> instructions() { return instructions; }

    /** The base as written ({@code python:${PY}-slim}). */
    public String baseText() { return baseText; }

    /** The base after ARG expansion, and which variables were missing. */
    public Expansion baseExpansion() { return baseExpansion; }

    /** The stage this one is built FROM, or null when it starts from an image. */
    public Stage parent() { return parent; }

    /** The base image when this stage starts from one (null for a stage parent, scratch or an unparseable ref). */
    public ImageReference baseImage() { return baseImage; }

    /** Why the base did not parse as an image reference, or null. */
    public String baseError() { return baseError; }

    public boolean isScratch() {
        return parent == null && baseExpansion.value().toLowerCase(Locale.ROOT).equals("scratch");
    }

    /** The image whose layers this stage starts from: its own base or its parent chain's. */
    public ImageReference rootImage() {
        return parent != null ? parent.rootImage() : baseImage;
    }

    /** The final stage: the last one, or the {@code --target}. */
    public boolean isFinal() { return isFinal; }

    /**
     * True when this stage's layers end up in the final image: the final stage, its ancestors through
     * {@code FROM <stage>}, and stages whose whole root is copied into a shipping stage
     * ({@code COPY --from=x / /}). A stage that only feeds {@code COPY --from} of some files does not ship.
     */
    public boolean ships() { return ships; }

    /** Stages built FROM this one. */
    public List<Stage> children() { return Collections.unmodifiableList(children); }

    /** ARG and ENV values in scope just before the instruction at position {@code i} of {@link #instructions()}. */
    public Variables variablesBefore(int i) { return scopes.get(i); }

    /** ARG and ENV values in scope just before {@code ins}. */
    public Variables variablesBefore(Instruction ins) {
        int i = instructions.indexOf(ins);
        return scopes.get(i < 0 ? scopes.size() - 1 : i);
    }

    /** ARG and ENV values at the end of the stage. */
    public Variables variablesAtEnd() { return scopes.get(scopes.size() - 1); }

    @Override
    public String toString() { return "stage " + label() + " FROM " + baseText; }
}
