package dev.imgslim.rules.context;

import dev.imgslim.build.Stage;
import dev.imgslim.ignore.IgnoreProblem;
import dev.imgslim.rules.FileRule;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.SizeSaving;
import dev.imgslim.syntax.Instruction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A COPY or ADD that takes the whole build context ({@code .}, {@code /}, {@code *}) with no
 * effective .dockerignore: none at all, one Docker rejects, or one that leaves junk in that is
 * really there on disk (.git, node_modules, virtualenvs, __pycache__, .env files, build output of a
 * recognised tool), each named with its measured size. Reported once per file, on the source word
 * of the first whole-context copy (preferring a stage that ships).
 *
 * <p>Also reported, once, on the first instruction that reads the context: lines of the ignore file
 * that Docker rejects (the build fails before anything is sent).
 *
 * <p>Deliberately not flagged: a missing .dockerignore when nothing recognisable is in the context
 * and the whole-context copy is in a stage that does not ship; junk the Dockerfile copies by name ({@code COPY dist/ /app}: wanted),
 * copies of specific paths, {@code COPY --from}, ONBUILD instructions, and anything on disk when the
 * context folder is unknown (stdin). A {@code .git} that is a file (a worktree link) is not junk.
 * No saving is claimed for a copy into a stage that does not ship.
 */
public final class DockerignoreMissing extends FileRule {
    @Override
    public void check(LintContext ctx, FindingSink out) {
        BuildContext context = BuildContext.of(ctx);
        char escape = ctx.file().escape();
        reportProblems(ctx, context, out);
        if (!context.onDisk()) return;
        Whole whole = firstWholeCopy(ctx, escape);
        if (whole == null) return;
        List<String> copied = copiedByName(ctx, escape);
        List<ContextJunk.Item> junk = ContextJunk.find(context, ContextFolders.of(ctx), new Copied(copied));
        String copy = "`" + whole.ins.command() + " " + whole.source.raw() + "`";
        String into = whole.stage.ships() ? "the image" : "stage '" + whole.stage.label() + "'";
        String ignoreHint = ctx.options().dockerfilePath() != null
                ? " (or " + ctx.options().dockerfilePath().getFileName() + ".dockerignore)"
                : "";
        if (!context.hasIgnore()) {
            // Nothing recognisable and nothing shipped: no cost worth a warning.
            if (junk.isEmpty() && !whole.stage.ships()) return;
            String message = junk.isEmpty()
                    ? "no .dockerignore in " + context.describe() + ": " + copy
                            + " copies the whole build context into " + into
                            + (dockerfileInContext(ctx, context)
                                    ? ", the Dockerfile and any local leftovers included"
                                    : ", any local leftovers included")
                            + "; add a .dockerignore" + ignoreHint
                            + " that leaves out what the image does not need"
                    : "no .dockerignore in " + context.describe() + ": " + copy
                            + " copies the whole build context into " + into + ", including " + describe(junk)
                            + "; add a .dockerignore" + ignoreHint + " that leaves them out";
            out.report(whole.source.span(), message, saving(junk, whole.stage));
        } else if (!junk.isEmpty()) {
            String them = junk.size() == 1 ? "it" : "them";
            out.report(
                    whole.source.span(),
                    copy + " copies " + describe(junk) + " into " + into + ": " + context.ignoreName()
                            + " does not leave " + them + " out",
                    saving(junk, whole.stage));
        }
    }

    /** True when the Dockerfile itself lies in the context (not so for stdin or a Dockerfile elsewhere). */
    private static boolean dockerfileInContext(LintContext ctx, BuildContext context) {
        Path dockerfile = ctx.options().dockerfilePath();
        if (dockerfile == null) return false;
        try {
            return dockerfile.toRealPath().startsWith(context.root());
        } catch (IOException e) {
            return dockerfile.toAbsolutePath().normalize().startsWith(context.root());
        }
    }

    private record Whole(Stage stage, Instruction ins, CopySources.Source source) {}

    /** The first COPY/ADD of the whole context, in a shipping stage if there is one. */
    private static Whole firstWholeCopy(LintContext ctx, char escape) {
        Whole first = null;
        for (Stage stage : ctx.model().stages()) {
            for (Instruction ins : stage.instructions()) {
                if (!CopySources.readsContext(ins)) continue;
                for (CopySources.Source src : CopySources.of(ctx, ins, stage)) {
                    if (!src.isLocal() || !isWholeContext(src.value())) continue;
                    if (stage.ships()) return new Whole(stage, ins, src);
                    if (first == null) first = new Whole(stage, ins, src);
                }
            }
        }
        return first;
    }

    /** {@code .}, {@code ./}, {@code /}, {@code *}, {@code ./*}: everything at the top of the context. */
    static boolean isWholeContext(String source) {
        String clean = BuildContext.clean(source);
        return clean.isEmpty() || clean.equals("*");
    }

    /** Cleaned local sources of every context COPY/ADD that names a path (not the whole context). */
    private static List<String> copiedByName(LintContext ctx, char escape) {
        List<String> out = new ArrayList<>();
        for (Stage stage : ctx.model().stages()) {
            for (Instruction ins : stage.instructions()) {
                if (!CopySources.readsContext(ins)) continue;
                for (CopySources.Source src : CopySources.of(ctx, ins, stage)) {
                    if (src.isLocal() && !isWholeContext(src.value())) out.add(BuildContext.clean(src.value()));
                }
            }
        }
        return out;
    }

    /** Whether the Dockerfile copies a top-level name, or something below it, by name. */
    private static final class Copied implements Predicate<String> {
        private final List<String> copied;

        Copied(List<String> copied) {
            this.copied = copied;
        }

        @Override
        public boolean test(String name) {
            for (String c : copied) {
                if (c.equals(name) || c.startsWith(name + "/")) return true;
            }
            return false;
        }
    }

    private static String describe(List<ContextJunk.Item> junk) {
        List<String> parts = junk.stream()
                .map(j -> j.label() + " [" + j.usage().describe() + "]")
                .toList();
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** The measured bytes, claimed only for a copy into a stage that ships. */
    private static SizeSaving saving(List<ContextJunk.Item> junk, Stage stage) {
        long bytes = 0;
        for (ContextJunk.Item j : junk) bytes += j.usage().bytes();
        if (bytes == 0 || !stage.ships()) return null;
        boolean complete = true;
        List<String> paths = new ArrayList<>();
        for (ContextJunk.Item j : junk) {
            complete &= j.usage().complete();
            paths.add(j.path());
        }
        String names = String.join(", ", paths);
        return new SizeSaving(
                bytes,
                false,
                "measured",
                (complete ? "" : "at least: walk stopped early; ") + "size on disk of " + names
                        + " in the build context");
    }

    /** Lines Docker rejects, on the first instruction that reads the build context. */
    private static void reportProblems(LintContext ctx, BuildContext context, FindingSink out) {
        if (!context.hasIgnore() || context.ignore().problems().isEmpty()) return;
        for (Stage stage : ctx.model().stages()) {
            for (Instruction ins : stage.instructions()) {
                if (!CopySources.readsContext(ins)) continue;
                boolean local = CopySources.of(ctx, ins, stage).stream().anyMatch(s -> !s.heredoc() && !s.url());
                if (!local) continue;
                List<IgnoreProblem> problems = context.ignore().problems();
                IgnoreProblem p = problems.get(0);
                String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
                out.report(
                        ins.keywordSpan(),
                        context.ignoreName() + ":" + p.line() + " `" + p.pattern() + "` is rejected by Docker ("
                                + p.message() + ")" + more + ": the build fails before the context is sent");
                return;
            }
        }
    }
}
