package dev.imgslim.rules.buildkit;

import dev.imgslim.build.BuildModel;
import dev.imgslim.build.Variables;
import dev.imgslim.shell.ShellWordResult;
import dev.imgslim.syntax.Instruction;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** What a FROM line can see: the ARGs declared before the first FROM and BuildKit's automatic platform ARGs. */
final class FromArgs {
    /** Declared global ARG names (with or without a default), then the automatic ones, in that order. */
    final Set<String> known = new LinkedHashSet<>();
    /** Values with defaults only (no --build-arg), automatic platform ARGs for a linux/amd64 build. */
    final Map<String, String> defaults = new LinkedHashMap<>();
    /** False when a default does not expand (BuildKit then skips the FROM checks that need the values). */
    boolean valid = true;

    FromArgs(BuildModel model, char escape) {
        defaults.put("TARGETPLATFORM", "linux/amd64");
        defaults.put("TARGETOS", "linux");
        defaults.put("TARGETARCH", "amd64");
        defaults.put("TARGETVARIANT", "");
        defaults.put("BUILDPLATFORM", "linux/amd64");
        defaults.put("BUILDOS", "linux");
        defaults.put("BUILDARCH", "amd64");
        defaults.put("BUILDVARIANT", "");
        defaults.put("TARGETSTAGE", "default");
        for (Instruction arg : model.globalArgs()) {
            for (String word : arg.args()) {
                int eq = word.indexOf('=');
                String key = eq < 0 ? word : word.substring(0, eq);
                known.add(key);
                if (eq < 0) continue;
                ShellWordResult r = Bk.process(word.substring(eq + 1), defaults, escape);
                if (r == null) valid = false;
                else defaults.put(key, r.word());
            }
        }
        known.addAll(Variables.AUTOMATIC_PLATFORM_ARGS);
    }
}
