package dev.imgslim.analyze;

import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.Instruction;
import java.util.Optional;

/**
 * Finds the first line that needs BuildKit, which the engine's classic build API (the one
 * {@code --build} drives) cannot run: RUN mounts, network and security flags, here-documents,
 * {@code COPY/ADD --link}, {@code --chmod}, {@code --parents}, {@code --exclude}, {@code ADD --checksum}
 * and {@code ADD --keep-git-dir}.
 */
public final class BuildKitOnly {

    private BuildKitOnly() {}

    public static Optional<String> firstNeed(Dockerfile df) {
        for (Instruction ins : df.instructions()) {
            Instruction i = ins.is("ONBUILD") && ins.subInstruction() != null ? ins.subInstruction() : ins;
            Optional<String> need = need(i);
            if (need.isPresent()) {
                return Optional.of(
                        df.path() + ":" + ins.line() + ":" + ins.span().startColumn() + ": error: " + need.get()
                                + " needs BuildKit, which the engine's build API used by --build cannot run;"
                                + " build with `docker buildx build --load -t NAME .` and run `imgslim analyze --image NAME`");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> need(Instruction i) {
        if (!i.heredocs().isEmpty()) return Optional.of(i.command() + " with a here-document");
        String[] flags = i.is("RUN")
                ? new String[] {"mount", "network", "security"}
                : i.is("COPY") || i.is("ADD")
                        ? new String[] {"link", "chmod", "parents", "exclude", "checksum", "keep-git-dir"}
                        : new String[0];
        for (String f : flags) {
            if (i.flag(f) != null) return Optional.of(i.command() + " --" + f);
        }
        return Optional.empty();
    }
}
