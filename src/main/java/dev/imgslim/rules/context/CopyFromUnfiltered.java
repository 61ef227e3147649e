package dev.imgslim.rules.context;

import dev.imgslim.build.Expansion;
import dev.imgslim.build.FromRef;
import dev.imgslim.build.Stage;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.config.Severity;
import dev.imgslim.syntax.Flag;
import dev.imgslim.syntax.Instruction;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code COPY --from} an image or a named build context: the .dockerignore of the build does not
 * filter it. Two findings:
 * <ul>
 *   <li>a {@code --from} name that is no stage of the file (a named context): once per name, saying it
 *       needs {@code --build-context NAME=...} at build time, else BuildKit pulls the image
 *       {@code docker.io/library/NAME:latest}, and that the build's .dockerignore does not apply to it;</li>
 *   <li>a broad source from an image or a named context ({@code /}, {@code .}, {@code /*}, {@code /usr},
 *       a whole models/weights/checkpoints folder) copied into a stage that ships.</li>
 * </ul>
 *
 * <p>Deliberately not flagged: {@code --from} a stage of this file (whole-root copies from stages are
 * DL3067's business), a name that matches a stage defined later in the file (BuildKit resolves it to
 * that stage), {@code --from} values with ARGs that have no value here, broad copies into stages
 * that do not ship, and specific paths ({@code /usr/local/bin/tool}, {@code /etc/ssl/certs}).
 */
public final class CopyFromUnfiltered implements Rule {
    public static final RuleMeta META = new RuleMeta("IS403", "copy-from-unfiltered", Severity.WARNING, Category.SIZE,
            "COPY --from an image or named build context is not filtered by .dockerignore; copy only what the image needs");

    /** Root-like sources: everything the image or context has. */
    private static final Set<String> ROOTS = Set.of("", "*");
    /** System folders whose whole copy drags in a second userland. */
    private static final Set<String> SYSTEM = Set.of("usr", "usr/*", "usr/lib", "usr/lib/*", "usr/share", "lib", "var", "opt", "opt/*");
    /** A folder whose last name says it holds model files. */
    private static final Pattern MODELS = Pattern.compile(
            "(?i)(.*/)?(models?|weights|checkpoints?|ckpts?|huggingface|hf_cache)(/\\*)?");

    @Override
    public RuleMeta meta() { return META; }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        char escape = ctx.file().escape();
        Set<String> named = new HashSet<>();
        for (Stage stage : ctx.model().stages()) {
            for (Instruction ins : stage.instructions()) {
                if (!ins.is("COPY")) continue;
                Flag from = ins.flag("from");
                if (from == null || from.value() == null) continue;
                Expansion value = Expansion.expand(from.value(), stage.variablesBefore(ins).asMap(), escape);
                if (!value.complete() || value.value().isEmpty()) continue;
                String name = value.value();
                FromRef ref = ctx.model().resolveFrom(from.value(), stage);
                if (ref.kind() == FromRef.Kind.STAGE) continue;
                boolean namedContext = ref.kind() == FromRef.Kind.NAMED_CONTEXT;
                if (namedContext && named.add(name.toLowerCase(Locale.ROOT))) {
                    out.report(META, from.span(), "'" + name + "' is no stage of this Dockerfile: BuildKit takes it from"
                            + " `--build-context " + name + "=<dir or image>` when given, else pulls the image docker.io/library/"
                            + name + ":latest; the build's .dockerignore does not filter it"
                            + " (a local --build-context folder is filtered only by a .dockerignore at its own root)");
                }
                if (!stage.ships()) continue;
                for (CopySources.Source src : CopySources.of(ins, stage, escape)) {
                    if (src.heredoc() || src.url() || src.value() == null) continue;
                    String what = broad(src.value());
                    if (what == null) continue;
                    String origin = namedContext ? "the named context '" + name + "'" : "the image " + name;
                    String advice = what.equals("everything")
                            ? "; fine for a scratch image that only carries a few files, else copy only what the image needs"
                            : "; copy only the files the image needs";
                    out.report(META, src.span(), "copies " + what + " of " + origin + " into the image, unfiltered"
                            + " (.dockerignore does not apply to --from sources)" + advice);
                }
            }
        }
    }

    /** What a broad source covers ("everything", "all of /usr", "the whole models folder /models"), else null. */
    static String broad(String source) {
        String clean = BuildContext.clean(source);
        if (ROOTS.contains(clean)) return "everything";
        if (SYSTEM.contains(clean)) return "all of /" + (clean.endsWith("/*") ? clean.substring(0, clean.length() - 2) : clean);
        if (MODELS.matcher(clean).matches()) {
            String dir = clean.endsWith("/*") ? clean.substring(0, clean.length() - 2) : clean;
            return "the whole model folder " + (source.startsWith("/") ? "/" : "") + dir;
        }
        return null;
    }
}
