package dev.imgslim.advice;

import dev.imgslim.advice.SizeReport.Figure;
import dev.imgslim.advice.SizeReport.SavingItem;
import dev.imgslim.advice.SizeReport.StageSize;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The {@code --size} block printed after the tty and plain reports. Pure: writes only to the given writer. */
public final class SizeReportText {
    private SizeReportText() {}

    public static void write(SizeAdvice advice, PrintWriter out) {
        for (SizeReport r : advice.files()) write(r, out);
        out.flush();
    }

    static void write(SizeReport r, PrintWriter out) {
        out.print("\nSize: " + r.file() + "\n");
        for (StageSize s : r.stages()) {
            StringBuilder line = new StringBuilder("  stage ")
                    .append(s.index())
                    .append(s.name() == null ? "" : " (" + s.name() + ")")
                    .append(": FROM ")
                    .append(s.base());
            if (s.resolved() != null && !s.resolved().equals(s.base()))
                line.append(" (= ").append(s.resolved()).append(')');
            line.append(" — ");
            if (s.from().equals("stage")) line.append("built on stage ").append(s.parent());
            else if (s.baseSizes().isEmpty())
                line.append("size unknown").append(s.family() == null ? " (not in the catalog)" : "");
            else line.append(figures(s.baseSizes()));
            line.append("; ").append(s.isFinal() ? "ships (final)" : s.ships() ? "ships" : "does not ship");
            out.print(line + "\n");
            if (s.ships()) {
                out.print("      known additions: none; not measured: "
                        + (s.unmeasured().isEmpty() ? "nothing" : String.join(", ", s.unmeasured())) + "\n");
            }
        }
        SizeReport.Estimate e = r.estimate();
        out.print("  estimated final image: "
                + (e.known() ? "at least " + figures(e.figures()) + " — " + e.note() : "unknown — " + e.note()) + "\n");
        if (r.savings().isEmpty()) {
            out.print("  savings: none with a known size\n");
        } else {
            out.print("  savings, largest first:\n");
            for (SavingItem s : r.savings()) {
                out.print("    " + Bytes.human(s.bytes()) + " " + (s.compressed() ? "compressed" : "on disk") + "  "
                        + s.code() + " " + s.name() + " at line " + s.line()
                        + (s.basis() == null ? "" : "  (" + s.basis() + ")") + "\n");
            }
            out.print("  total: " + total(r) + " (findings may overlap)\n");
        }
        if (r.budget() != null) out.print("  " + r.budget().text() + "\n");
    }

    /** "~368 MB compressed + ~19 MB on disk": the two kinds are never added. */
    static String total(SizeReport r) {
        List<String> parts = new ArrayList<>();
        if (r.totalCompressedBytes() > 0) parts.add(Bytes.human(r.totalCompressedBytes()) + " compressed");
        if (r.totalOnDiskBytes() > 0) parts.add(Bytes.human(r.totalOnDiskBytes()) + " on disk");
        return parts.isEmpty() ? "0 B" : String.join(" + ", parts);
    }

    private static String figures(List<Figure> fs) {
        String sizes = fs.stream().map(Figure::text).collect(Collectors.joining(", "));
        Figure first = fs.get(0);
        List<String> src = new ArrayList<>();
        boolean allExact = fs.stream().allMatch(Figure::exact);
        if (!allExact)
            src.add("figures for "
                    + fs.stream().map(Figure::measuredOn).distinct().collect(Collectors.joining(", ")));
        src.add("catalog" + (first.asOf() == null ? "" : " " + first.asOf()));
        if (fs.stream().anyMatch(Figure::uncertain)) src.add("uncertain");
        return sizes + " (" + String.join(", ", src) + ")";
    }
}
