package dev.imgslim.rules.context;

import dev.imgslim.ignore.DockerIgnore;
import dev.imgslim.ignore.IgnorePattern;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.syntax.FileTransfer;
import dev.imgslim.syntax.Instruction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A COPY or ADD whose local source the .dockerignore leaves out of the build context: the build
 * cannot find it. BuildKit's CopyIgnoredFile semantics (the source, cleaned, is treated as a path
 * even when it is a glob, and a matching parent counts), except that {@code !} exception lines are
 * evaluated instead of switching the check off: a source counts as excluded only when no exception
 * can bring anything at or below it back.
 *
 * <p>Deliberately not flagged: {@code COPY --from} sources (another stage, image or named context,
 * which the .dockerignore does not filter), heredoc sources, URLs and git sources of ADD, sources
 * whose ARG/ENV variables have no value at that point, ONBUILD instructions (they run against the
 * child build's context), and anything when no .dockerignore is in force.
 */
public final class CopyIgnoredFile extends NodeRule<FileTransfer> {
    @Override
    public void visit(Node<FileTransfer> node, FindingSink out) {
        LintContext ctx = node.context();
        BuildContext context = BuildContext.of(ctx);
        DockerIgnore ignore = context.ignore();
        if (ignore == null) return;
        Instruction ins = node.instruction();
        if (!CopySources.readsContext(ins)) return;
        for (CopySources.Source src : CopySources.of(ctx, ins, node.stage())) {
            if (!src.isLocal()) continue;
            Optional<IgnorePattern> by = exclusion(context, ignore, src.value());
            if (by.isEmpty()) continue;
            IgnorePattern p = by.get();
            String shown = src.raw().equals(src.value())
                    ? "'" + src.value() + "'"
                    : "'" + src.value() + "' (" + src.raw() + ")";
            out.report(
                    src.span(),
                    shown + " is excluded by " + context.ignoreName() + ":" + p.line()
                            + " `" + p.source() + "`: it is not in the build context, so " + ins.command()
                            + " cannot find it (remove the line or add `!" + BuildContext.clean(src.value())
                            + "` after it)");
        }
    }

    /** With the context on disk, a source that exists is known to be a file or a folder. */
    private static Optional<IgnorePattern> exclusion(BuildContext context, DockerIgnore ignore, String source) {
        Optional<Path> onDisk = context.find(source);
        return onDisk.isPresent()
                ? ignore.copySourceExclusion(source, Files.isDirectory(onDisk.get()))
                : ignore.copySourceExclusion(source);
    }
}
