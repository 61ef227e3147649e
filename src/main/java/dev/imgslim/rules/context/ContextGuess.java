package dev.imgslim.rules.context;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.FolderNames;
import dev.imgslim.rules.LintContext;
import dev.imgslim.syntax.Instruction;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which folder a Dockerfile is built from when the user does not say. The Dockerfile's own folder,
 * unless none of the paths its COPY/ADD name exist there while they do exist in a parent folder (up to
 * the repository root, the folder holding {@code .git}): {@code docker/Dockerfile} with
 * {@code COPY src/ /app/src} is built from the repository root.
 */
final class ContextGuess {
    private ContextGuess() {}

    static Path folder(LintContext ctx, Path dockerfileFolder) {
        List<String> named = namedSources(ctx);
        if (named.isEmpty() || existing(ctx, dockerfileFolder, named) > 0) return dockerfileFolder;
        Path top = FolderFacts.of(ctx)
                .repositoryRoot(dockerfileFolder.toAbsolutePath().normalize());
        if (top == null) return dockerfileFolder;
        for (Path p = dockerfileFolder.toAbsolutePath().normalize().getParent();
                p != null && p.startsWith(top);
                p = p.getParent()) {
            if (existing(ctx, p, named) > 0) return p;
        }
        return dockerfileFolder;
    }

    private static int existing(LintContext ctx, Path folder, List<String> named) {
        int n = 0;
        for (String s : named) {
            Path p = folder.resolve(s);
            if (!FolderNames.absent(ctx, folder, p) && Files.exists(p, LinkOption.NOFOLLOW_LINKS)) n++;
        }
        return n;
    }

    /** Cleaned context paths named by COPY/ADD (no globs, no whole-context sources, no URLs). */
    private static List<String> namedSources(LintContext ctx) {
        char escape = ctx.file().escape();
        List<String> out = new ArrayList<>();
        for (Stage stage : ctx.model().stages()) {
            for (Instruction ins : stage.instructions()) {
                if (!CopySources.readsContext(ins)) continue;
                for (CopySources.Source src : CopySources.of(ctx, ins, stage)) {
                    if (!src.isLocal() || BuildContext.isGlob(src.value())) continue;
                    String clean = BuildContext.clean(src.value());
                    if (!clean.isEmpty()) out.add(clean);
                }
            }
        }
        return out;
    }
}
