package dev.imgslim.rules.hadolint;

import dev.imgslim.build.Stage;
import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.rules.TextEdit;
import dev.imgslim.syntax.Instruction;
import java.util.List;
import java.util.Locale;

/**
 * {@code ADD app.py /app/}: ADD also fetches URLs and unpacks local archives, so using it for plain files
 * hides which of those the author meant; COPY says it. Not flagged: URLs and git references, local
 * archives ADD unpacks (tar with or without gzip/bzip2/xz compression), sources given by unresolved
 * variables, heredoc sources, and ADD with {@code --from} (COPY's job, another rule's).
 */
public final class AddInsteadOfCopy implements Rule {
    public static final RuleMeta META = new RuleMeta(
                    "IS621",
                    "add-instead-of-copy",
                    Severity.ERROR,
                    Category.STYLE,
                    "Use COPY instead of ADD for files and folders")
            .withAliases("DL3020")
            .withFix(Fix.Safety.SAFE);
    static final List<String> ARCHIVES = List.of(
            ".tar",
            ".tar.gz",
            ".tgz",
            ".tar.bz2",
            ".tbz",
            ".tbz2",
            ".tb2",
            ".tar.xz",
            ".txz",
            ".tar.lz",
            ".tlz",
            ".tar.lzma",
            ".tar.z",
            ".tz",
            ".tar.zst",
            ".gz",
            ".bz2",
            ".xz",
            ".lzma",
            ".zst");

    private static final java.util.Set<String> COPY_FLAGS =
            java.util.Set.of("chown", "chmod", "link", "exclude", "parents");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage s : ctx.model().stages()) {
            for (Instruction ins : s.instructions()) {
                if (!ins.is("ADD")
                        || ins.flag("from") != null
                        || !ins.heredocs().isEmpty()) continue;
                List<String> a = ins.args();
                boolean allLocal = true;
                int first = -1;
                for (int k = 0; k < a.size() - 1; k++) {
                    String src = Support.expand(ctx, s, ins, a.get(k));
                    if (src == null || remote(src) || archive(src)) {
                        allLocal = false;
                        continue;
                    }
                    if (first < 0) first = k;
                }
                if (first < 0) continue;
                // COPY takes the same flags except ADD's own (--checksum, --keep-git-dir, --unpack).
                boolean copyFlags = ins.flags().stream().allMatch(f -> COPY_FLAGS.contains(f.name()));
                List<Fix> fixes = allLocal && copyFlags
                        ? List.of(Fix.safe(
                                "use COPY",
                                new TextEdit(
                                        ins.keywordSpan().startOffset(),
                                        ins.keywordSpan().endOffset(),
                                        ins.keyword().equals(ins.keyword().toLowerCase(Locale.ROOT))
                                                ? "copy"
                                                : "COPY")))
                        : List.of();
                out.report(
                        META,
                        ins.argWords().get(first).span(),
                        "ADD of local file '" + a.get(first) + "'; use COPY, which only copies"
                                + " (ADD is for URLs and archives to unpack)",
                        null,
                        fixes);
            }
        }
    }

    static boolean remote(String src) {
        String s = src.toLowerCase(Locale.ROOT);
        return s.contains("://") || s.startsWith("git@") || s.endsWith(".git");
    }

    static boolean archive(String src) {
        String s = src.toLowerCase(Locale.ROOT);
        for (String ext : ARCHIVES) if (s.endsWith(ext)) return true;
        return s.contains("*"); // a glob may match archives: cannot judge
    }
}
