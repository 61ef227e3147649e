package dev.imgslim.rules.buildkit;

import dev.imgslim.build.BuildModel;
import dev.imgslim.build.Stage;
import dev.imgslim.build.Variables;
import dev.imgslim.rules.LintContext;
import dev.imgslim.shell.ShellWordResult;
import dev.imgslim.syntax.Arg;
import dev.imgslim.syntax.Instruction;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a FROM line can see: the ARGs declared before the first FROM and BuildKit's automatic platform ARGs.
 * Worked out once per file ({@link #of}) and shared by the FROM checks.
 */
final class FromArgs {
    /** Declared global ARG names (with or without a default), then the automatic ones, in that order. */
    final Set<String> known = new LinkedHashSet<>();
    /** Values with defaults only (no --build-arg), automatic platform ARGs for a linux/amd64 build. */
    final Map<String, String> defaults = new LinkedHashMap<>();
    /** False when a default does not expand (BuildKit then skips the FROM checks that need the values). */
    boolean valid = true;
    /**
     * Index of the first stage whose base BuildKit cannot expand with the defaults (the build fails there,
     * so later stages are not judged); the number of stages when every base expands.
     */
    final int firstUnexpandable;

    static FromArgs of(LintContext ctx) {
        // get-or-share rather than ctx.shared with a lambda: see LintContext.sharedOrNull (start-up)
        FromArgs known = ctx.sharedOrNull(FromArgs.class);
        return known != null
                ? known
                : ctx.share(FromArgs.class, new FromArgs(ctx.model(), ctx.file().escape()));
    }

    private FromArgs(BuildModel model, char escape) {
        defaults.put("TARGETPLATFORM", "linux/amd64");
        defaults.put("TARGETOS", "linux");
        defaults.put("TARGETARCH", "amd64");
        defaults.put("TARGETVARIANT", "");
        defaults.put("BUILDPLATFORM", "linux/amd64");
        defaults.put("BUILDOS", "linux");
        defaults.put("BUILDARCH", "amd64");
        defaults.put("BUILDVARIANT", "");
        defaults.put("TARGETSTAGE", "default");
        for (Instruction ins : model.globalArgs()) {
            if (!(ins instanceof Arg arg)) continue;
            for (Arg.Declaration d : arg.declarations()) {
                String key = d.name().text();
                known.add(key);
                if (d.defaultValue().isEmpty()) continue;
                ShellWordResult r = Bk.process(d.defaultValue().get().text(), defaults, escape);
                if (r == null) valid = false;
                else defaults.put(key, r.word());
            }
        }
        known.addAll(Variables.AUTOMATIC_PLATFORM_ARGS);
        int first = model.stages().size();
        for (Stage s : model.stages()) {
            if (Bk.process(s.baseText(), defaults, escape) == null) {
                first = s.index();
                break;
            }
        }
        this.firstUnexpandable = first;
    }
}
