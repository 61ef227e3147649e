package dev.imgslim.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff as {@code diff -u} prints it (three lines of context, both headers naming the path as the
 * user gave it, no {@code a/}/{@code b/} prefixes), so {@code patch -p0} and {@code git apply -p0} take it
 * ({@code git apply} without {@code -p0} too when the path has no folder). Lines are compared with their line endings, so
 * a CRLF file's diff carries its CRs, and a last line without a newline gets the
 * {@code \ No newline at end of file} marker.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    /** The diff from {@code before} to {@code after}; empty when they are equal. */
    public static String of(String path, String before, String after) {
        if (before.equals(after)) return "";
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<int[]> ops = script(a, b); // each: {kind, indexA, indexB}; kind 0 same, -1 delete, +1 insert
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(path).append('\n').append("+++ ").append(path).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i)[0] == 0) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // Extend the hunk while the next change is within 2 * CONTEXT unchanged lines.
            while (end < ops.size()) {
                if (ops.get(end)[0] != 0) {
                    end++;
                    continue;
                }
                int run = 0;
                while (end + run < ops.size() && ops.get(end + run)[0] == 0) run++;
                if (end + run >= ops.size() || run > 2 * CONTEXT) {
                    end = Math.min(ops.size(), end + Math.min(run, CONTEXT));
                    break;
                }
                end += run;
            }
            hunk(out, ops.subList(start, end), a, b);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<int[]> ops, List<String> a, List<String> b) {
        int aStart = -1, bStart = -1, aCount = 0, bCount = 0;
        for (int[] op : ops) {
            if (op[0] <= 0) {
                if (aStart < 0) aStart = op[1];
                aCount++;
            }
            if (op[0] >= 0) {
                if (bStart < 0) bStart = op[2];
                bCount++;
            }
        }
        int[] first = ops.get(0);
        // An empty side names the line before the hunk (0 at the top of the file), as diff -u does.
        int aLine = aCount == 0 ? first[1] : aStart + 1;
        int bLine = bCount == 0 ? first[2] : bStart + 1;
        out.append("@@ -")
                .append(range(aLine, aCount))
                .append(" +")
                .append(range(bLine, bCount))
                .append(" @@\n");
        for (int[] op : ops) {
            String line = op[0] < 0 ? a.get(op[1]) : b.get(op[2]);
            out.append(op[0] == 0 ? ' ' : op[0] < 0 ? '-' : '+').append(line);
            if (!line.endsWith("\n")) out.append("\n\\ No newline at end of file\n");
        }
    }

    private static String range(int line, int count) {
        return count == 1 ? String.valueOf(line) : line + "," + count;
    }

    /** Lines with their endings kept. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl + 1;
            out.add(text.substring(at, end));
            at = end;
        }
        return out;
    }

    /**
     * The edit script: common prefix and suffix first (fixes are local), a longest-common-subsequence table
     * over the middle. Each op is {kind, index in a, index in b}; for an insert the index in a is where it goes.
     */
    private static List<int[]> script(List<String> a, List<String> b) {
        int pre = 0;
        while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) pre++;
        int suf = 0;
        while (suf < a.size() - pre
                && suf < b.size() - pre
                && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) suf++;
        int n = a.size() - pre - suf, m = b.size() - pre - suf;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(pre + i).equals(b.get(pre + j))
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<int[]> ops = new ArrayList<>();
        for (int k = 0; k < pre; k++) ops.add(new int[] {0, k, k});
        int i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(pre + i).equals(b.get(pre + j))) {
                ops.add(new int[] {0, pre + i, pre + j});
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
                ops.add(new int[] {1, pre + i, pre + j});
                j++;
            } else {
                ops.add(new int[] {-1, pre + i, pre + j});
                i++;
            }
        }
        for (int k = 0; k < suf; k++) ops.add(new int[] {0, a.size() - suf + k, b.size() - suf + k});
        return ops;
    }
}
