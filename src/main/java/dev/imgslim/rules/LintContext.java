package dev.imgslim.rules;

import dev.imgslim.build.BuildModel;
import dev.imgslim.build.Stage;
import dev.imgslim.config.Config;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.Instruction;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Everything a rule may look at for one file; views such as {@link RunView} are built once and shared. */
public final class LintContext {
    private final Dockerfile file;
    private final BuildModel model;
    private final LintOptions options;
    /**
     * Soft: a view no rule holds any more may be dropped when the heap runs short and is built again when
     * asked (the same commands, from the same text), so a file with tens of thousands of RUNs need not keep
     * every view; while anything holds a view it stays the one handed out.
     */
    private final IdentityHashMap<Instruction, SoftReference<RunView>> runs = new IdentityHashMap<>();

    private final Map<Class<?>, Object> shared = new java.util.HashMap<>();
    private final RunCache runCache;

    /** A file linted on its own. */
    public LintContext(Dockerfile file, BuildModel model, LintOptions options) {
        this(file, model, options, new RunCache());
    }

    /** A file of a run that lints several, sharing {@code runCache} with the others. */
    public LintContext(Dockerfile file, BuildModel model, LintOptions options, RunCache runCache) {
        this.file = file;
        this.model = model;
        this.options = options;
        this.runCache = runCache;
    }

    public Dockerfile file() {
        return file;
    }

    public BuildModel model() {
        return model;
    }

    public LintOptions options() {
        return options;
    }

    public Config config() {
        return options.config();
    }

    /** The RUN's view (commands, mounts); {@code ins} must be a RUN. */
    public RunView run(Instruction ins) {
        SoftReference<RunView> known = runs.get(ins);
        RunView view = known == null ? null : known.get();
        if (view == null) {
            view = new RunView(ins, file.source());
            runs.put(ins, new SoftReference<>(view));
        }
        return view;
    }

    /** Every RUN of every stage, with its stage, in file order. */
    public List<StageRun> runs() {
        List<StageRun> out = new ArrayList<>();
        for (Stage s : model.stages()) {
            for (Instruction ins : s.instructions()) if (ins.is("RUN")) out.add(new StageRun(s, run(ins)));
        }
        return out;
    }

    /** A RUN together with the stage it belongs to. */
    public record StageRun(Stage stage, RunView run) {}

    /** What every file of this lint run shares (facts read from the disk); see {@link RunCache}. */
    public RunCache runCache() {
        return runCache;
    }

    /**
     * The object shared under {@code type} by the rules of this file, or null until one is {@link #share}d:
     * the lambda-free form of {@link #shared(Class, java.util.function.Supplier)} for what every lint asks
     * for. On JDK 17 each lambda or method reference costs ~0.1 ms of interpreted linking the first time
     * it runs, even from the class-data archive; a one-file lint linked ~100 of them (a third of its main
     * thread's samples).
     */
    public <T> T sharedOrNull(Class<T> type) {
        return type.cast(shared.get(type));
    }

    /** Shares {@code value} under {@code type} for the rest of this file's lint; returns it. */
    public <T> T share(Class<T> type, T value) {
        shared.put(type, value);
        return value;
    }

    /**
     * A lazily built object shared by the rules of this run (the catalog, the .dockerignore). The factory
     * may ask for other shared objects (HashMap.computeIfAbsent would refuse that nesting).
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Class<T> type, java.util.function.Supplier<T> factory) {
        Object known = shared.get(type);
        if (known == null) {
            known = factory.get();
            shared.put(type, known);
        }
        return (T) known;
    }
}
