package dev.imgslim.rules.context;

import dev.imgslim.build.Expansion;
import dev.imgslim.build.FromRef;
import dev.imgslim.build.Stage;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.rules.Reach;
import dev.imgslim.syntax.Copy;
import dev.imgslim.syntax.Flag;
import dev.imgslim.syntax.Instruction;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code COPY --from} an image: the build's .dockerignore does not filter it, so a broad source
 * ({@code /usr}, {@code /opt}, a whole models/weights/checkpoints folder, {@code /} into a sub-folder)
 * copied into a stage that ships brings whatever the image has.
 *
 * <p>Deliberately not flagged: {@code --from} a stage of this file (whole-root copies from stages are
 * copy-whole-filesystem's business); a named build context (a name that is no stage: copy-from-undefined
 * reports that token, and a local {@code --build-context} folder is filtered by its own .dockerignore);
 * {@code COPY --from=image / /}, the idiom for images published as {@code FROM scratch} bundles of a few
 * tools; {@code --from} values with ARGs that have no value here; stages that do not ship; specific
 * paths ({@code /usr/local/bin/tool}, {@code /etc/ssl/certs}).
 */
public final class CopyFromUnfiltered extends NodeRule<Copy> implements Reach.ShippingOnly {
    /** Root-like sources: everything the image or context has. */
    private static final Set<String> ROOTS = Set.of("", "*");
    /** System folders whose whole copy drags in a second userland. */
    private static final Set<String> SYSTEM =
            Set.of("usr", "usr/*", "usr/lib", "usr/lib/*", "usr/share", "lib", "var", "opt", "opt/*");
    /** A folder whose last name says it holds model files. */
    private static final Pattern MODELS =
            Pattern.compile("(?i)(.*/)?(models?|weights|checkpoints?|ckpts?|huggingface|hf_cache)(/\\*)?");

    @Override
    public void visit(Node<Copy> node, FindingSink out) {
        LintContext ctx = node.context();
        char escape = ctx.file().escape();
        Stage stage = node.stage();
        Instruction ins = node.instruction();
        Flag from = ins.flag("from");
        if (from == null || from.value() == null) return;
        Expansion value =
                Expansion.expand(from.value(), stage.variablesBefore(ins).asMap(), escape);
        if (!value.complete() || value.value().isEmpty()) return;
        if (ctx.model().resolveFrom(from.value(), stage).kind() != FromRef.Kind.IMAGE) return;
        String dest = ins.args().isEmpty() ? "" : ins.args().get(ins.args().size() - 1);
        boolean intoRoot = dest.equals("/") || dest.equals("/.");
        for (CopySources.Source src : CopySources.of(ctx, ins, stage)) {
            if (src.heredoc() || src.url() || src.value() == null) continue;
            String what = broad(src.value()).orElse(null);
            if (what == null || (what.equals("everything") && intoRoot)) continue;
            out.report(
                    src.span(),
                    "copies " + what + " of the image " + value.value() + " into the image, unfiltered"
                            + " (.dockerignore does not apply to --from sources); copy only the files the image needs");
        }
    }

    /** What a broad source covers ("everything", "all of /usr", "the whole models folder /models"), if it is one. */
    static Optional<String> broad(String source) {
        String clean = BuildContext.clean(source);
        if (ROOTS.contains(clean)) return Optional.of("everything");
        if (SYSTEM.contains(clean))
            return Optional.of("all of /" + (clean.endsWith("/*") ? clean.substring(0, clean.length() - 2) : clean));
        if (MODELS.matcher(clean).matches()) {
            String dir = clean.endsWith("/*") ? clean.substring(0, clean.length() - 2) : clean;
            return Optional.of("the whole model folder " + (source.startsWith("/") ? "/" : "") + dir);
        }
        return Optional.empty();
    }
}
