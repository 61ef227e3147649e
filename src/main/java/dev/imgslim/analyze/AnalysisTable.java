package dev.imgslim.analyze;

import dev.imgslim.advice.Bytes;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The terminal report: the image's totals, then one row per Dockerfile line, largest first, with a
 * bar scaled to the largest line, what of it later became dead, its biggest folder and the findings
 * with measured bytes. The base image and unmatched layers get rows of their own.
 */
public final class AnalysisTable {

    private static final int BAR = 24;

    private AnalysisTable() {}

    public static void write(Analysis a, List<GateResult> gates, PrintWriter out, boolean color) {
        String bold = color ? "\033[1m" : "";
        String red = color ? "\033[31m" : "";
        String dim = color ? "\033[2m" : "";
        String reset = color ? "\033[0m" : "";
        ImageLayers img = a.image();
        out.printf(
                Locale.ROOT,
                "%s%s%s (%s): %s in %d layers%s, wasted %s, efficiency %.2f%%%n",
                bold,
                img.reference(),
                reset,
                img.source(),
                Bytes.human(a.sizeBytes()),
                img.layers().size(),
                img.compressedBytes() >= 0 ? " (" + Bytes.human(img.compressedBytes()) + " compressed)" : "",
                Bytes.human(a.wastedBytes()),
                img.efficiency() * 100);
        out.println(dim
                + "sizes are uncompressed file bytes; wasted = bytes a later layer deletes or overwrites, each copy once"
                + reset);
        out.println();

        record Row(String label, String text, long size, long wasted, String detail) {}
        List<Row> rows = new ArrayList<>();
        if (a.base().layers() > 0) {
            rows.add(new Row(
                    "base",
                    a.base().image() == null ? "base image" : a.base().image(),
                    a.base().sizeBytes(),
                    a.base().wastedBytes(),
                    a.base().layers() + " layer" + (a.base().layers() == 1 ? "" : "s")));
        }
        for (Analysis.Line l : a.lines()) {
            if (l.layer() < 0) continue;
            List<String> notes = new ArrayList<>();
            if (!l.figures().biggestFolders().isEmpty()) {
                LayerFigures.PathBytes top = l.figures().biggestFolders().get(0);
                notes.add("most in " + top.path() + " (" + Bytes.human(top.bytes()) + ")");
            }
            if (l.figures().duplicatedBytes() > 0)
                notes.add("rewrote " + Bytes.human(l.figures().duplicatedBytes()) + " unchanged");
            if (l.figures().deletedBytes() > 0)
                notes.add("deleted " + Bytes.human(l.figures().deletedBytes())
                        + " of earlier layers (still in the image)");
            String detail = String.join("; ", notes);
            rows.add(new Row(
                    "line " + l.line(),
                    AnalysisJson.firstLine(l.instruction().original()),
                    l.sizeBytes(),
                    l.wastedBytes(),
                    detail));
        }
        for (Analysis.Unmatched u : a.unmatched()) {
            rows.add(new Row(
                    "layer " + u.layer(),
                    "not matched to a line: " + shorten(u.createdBy(), 60),
                    u.figures().sizeBytes(),
                    u.figures().wastedBytes(),
                    ""));
        }
        rows.sort(Comparator.comparingLong(Row::size).reversed());
        long max = rows.stream().mapToLong(Row::size).max().orElse(1);
        for (Row r : rows) {
            int full = max == 0 ? 0 : (int) Math.round(BAR * (double) r.size() / max);
            int dead = max == 0 ? 0 : (int) Math.min(full, Math.round(BAR * (double) r.wasted() / max));
            String bar = red + "█".repeat(dead) + reset + "█".repeat(full - dead) + " ".repeat(BAR - full);
            out.printf(
                    Locale.ROOT,
                    "%-9s %s %9s %s%s%n",
                    r.label(),
                    bar,
                    Bytes.human(r.size()),
                    shorten(r.text(), 70),
                    r.wasted() > 0 ? "  " + red + "wasted " + Bytes.human(r.wasted()) + reset : "");
            if (!r.detail().isEmpty()) out.println("          " + dim + r.detail() + reset);
        }
        boolean anyMeasured = false;
        for (Analysis.MeasuredFinding mf : a.findings()) {
            if (mf.measured() == null) continue;
            if (!anyMeasured) {
                out.println();
                out.println(bold + "findings with measured bytes" + reset);
                anyMeasured = true;
            }
            var f = mf.finding();
            out.printf(
                    Locale.ROOT,
                    "  line %d [%s %s] measured %s%s%n",
                    f.line(),
                    f.rule().code(),
                    f.rule().name(),
                    Bytes.human(mf.measured().bytes()),
                    f.savings() != null
                            ? " (lint estimate " + Bytes.human(f.savings().bytes()) + ", "
                                    + f.savings().source() + ")"
                            : "");
        }
        if (!gates.isEmpty()) {
            out.println();
            for (GateResult g : gates) out.println((g.passed() ? "PASS " : red + "FAIL " + reset) + g.message());
        }
        out.flush();
    }

    private static String shorten(String s, int n) {
        String one = s.replace('\n', ' ');
        return one.length() <= n ? one : one.substring(0, n - 3) + "...";
    }
}
