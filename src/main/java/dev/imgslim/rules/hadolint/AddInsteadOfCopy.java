package dev.imgslim.rules.hadolint;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.Node;
import dev.imgslim.rules.NodeRule;
import dev.imgslim.rules.TextEdit;
import dev.imgslim.syntax.Add;
import dev.imgslim.syntax.Flag;
import dev.imgslim.syntax.Span;
import dev.imgslim.syntax.Word;
import java.util.List;
import java.util.Locale;

/**
 * {@code ADD app.py /app/}: ADD also fetches URLs and unpacks local archives, so using it for plain files
 * hides which of those the author meant; COPY says it. Not flagged: URLs and git references, local
 * archives ADD unpacks (tar with or without gzip/bzip2/xz compression), sources given by unresolved
 * variables, heredoc sources, and ADD with {@code --from} (COPY's job, another rule's).
 */
public final class AddInsteadOfCopy extends NodeRule<Add> {
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
    public void visit(Node<Add> node, FindingSink out) {
        Add add = node.value();
        if (add.flag("from") != null || !add.heredocs().isEmpty()) return;
        List<Word> sources = add.sources();
        boolean allLocal = true;
        Word first = null;
        for (Word w : sources) {
            String src = Support.expand(node, w.text()).orElse(null);
            if (src == null || remote(src) || archive(src)) {
                allLocal = false;
                continue;
            }
            if (first == null) first = w;
        }
        if (first == null) return;
        // COPY takes the same flags except ADD's own (--checksum, --keep-git-dir, --unpack).
        boolean copyFlags = true;
        for (Flag f : add.flags()) copyFlags &= COPY_FLAGS.contains(f.name());
        Span keyword = add.keywordSpan();
        List<Fix> fixes = allLocal && copyFlags
                ? List.of(Fix.safe(
                        "use COPY",
                        new TextEdit(
                                keyword.startOffset(),
                                keyword.endOffset(),
                                add.keyword().equals(add.keyword().toLowerCase(Locale.ROOT)) ? "copy" : "COPY")))
                : List.of();
        out.report(
                first.span(),
                "ADD of local file '" + first.text() + "'; use COPY, which only copies"
                        + " (ADD is for URLs and archives to unpack)",
                null,
                fixes);
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
