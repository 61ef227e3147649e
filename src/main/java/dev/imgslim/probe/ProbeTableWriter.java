package dev.imgslim.probe;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report as an aligned text table for a terminal, then one verdict line. Sizes use SI
 * units (MB = 10^6 bytes) like {@code docker images}; a dash means not measured.
 */
public final class ProbeTableWriter {

    private static final String[] HEADER = {
        "IMAGE",
        "TAG",
        "DIGEST",
        "COMPRESSED",
        "ON DISK",
        "LAYERS",
        "PULL",
        "COLD START ms (med min-max)",
        "LACKS",
        "VS BASE"
    };

    public void write(ProbeReport report, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        if (report.base() != null) rows.add(row(report.base(), "(base)"));
        for (int i = 0; i < report.candidates().size(); i++) {
            String vs =
                    report.verdicts().isEmpty() ? "-" : saved(report.verdicts().get(i));
            rows.add(row(report.candidates().get(i), vs));
        }
        int[] widths = new int[HEADER.length];
        for (String[] r : rows) for (int i = 0; i < r.length; i++) widths[i] = Math.max(widths[i], r[i].length());
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                if (i > 0) line.append("  ");
                line.append(i == r.length - 1 ? r[i] : pad(r[i], widths[i]));
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
        out.println("platform: " + report.platform());
        for (String note : report.notes()) out.println("note: " + note);
        if (report.base() != null) {
            out.println(report.best()
                    .map(v -> "verdict: " + v.candidate() + " saves " + bytes(v.compressedBytesSaved())
                            + String.format(Locale.ROOT, " compressed (%.1f%%)", v.compressedPercentSaved())
                            + " against " + report.base().image())
                    .orElse("verdict: no measured, fit candidate is smaller than "
                            + report.base().image()));
        }
        out.flush();
    }

    private static String[] row(ImageMeasurement m, String vsBase) {
        String cold = "-";
        if (m.coldStart() != null) {
            cold = String.format(
                    Locale.ROOT,
                    "%.0f (%.0f-%.0f)",
                    m.coldStart().medianMs(),
                    m.coldStart().minMs(),
                    m.coldStart().maxMs());
        }
        String lacks = m.lacks() == null ? "-" : m.lacks().isEmpty() ? "(fit)" : String.join(",", m.lacks());
        Integer layers = m.layers() != null ? m.layers() : m.diskLayers();
        return new String[] {
            name(m),
            m.tag() == null ? "-" : m.tag(),
            shortDigest(m.digest()),
            m.compressedBytes() == null ? "-" : bytes(m.compressedBytes()),
            m.onDiskBytes() == null ? "-" : bytes(m.onDiskBytes()),
            layers == null ? "-" : layers.toString(),
            m.pullSeconds() == null ? "-" : String.format(Locale.ROOT, "%.1fs", m.pullSeconds()),
            cold,
            lacks,
            m.measured() ? vsBase : vsBase + " (incomplete)"
        };
    }

    /** The image as written, without its tag or digest (those have their own columns). */
    private static String name(ImageMeasurement m) {
        String s = m.image();
        int at = s.indexOf('@');
        if (at >= 0) s = s.substring(0, at);
        int colon = s.lastIndexOf(':');
        if (colon > s.lastIndexOf('/')) s = s.substring(0, colon);
        return s;
    }

    private static String shortDigest(String digest) {
        if (digest == null) return "-";
        int colon = digest.indexOf(':');
        return digest.substring(0, Math.min(digest.length(), colon + 13));
    }

    private static String saved(Verdict v) {
        if (v.compressedBytesSaved() == null) return "-";
        String sign = v.compressedBytesSaved() >= 0 ? "-" : "+";
        return sign
                + bytes(Math.abs(v.compressedBytesSaved()))
                + (v.compressedPercentSaved() == null
                        ? ""
                        : String.format(Locale.ROOT, " (%s%.1f%%)", sign, Math.abs(v.compressedPercentSaved())));
    }

    static String bytes(long n) {
        if (n < 1_000) return n + " B";
        if (n < 1_000_000) return String.format(Locale.ROOT, "%.1f kB", n / 1e3);
        if (n < 1_000_000_000) return String.format(Locale.ROOT, "%.1f MB", n / 1e6);
        return String.format(Locale.ROOT, "%.2f GB", n / 1e9);
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }
}
