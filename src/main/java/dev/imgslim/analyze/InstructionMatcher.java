package dev.imgslim.analyze;

import dev.imgslim.build.Stage;
import dev.imgslim.syntax.Heredoc;
import dev.imgslim.syntax.Instruction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ties image history entries to the Dockerfile instructions that made them: the final stage's
 * instructions, preceded by those of the stages it is built FROM. Alignment keeps order (the
 * history is the build's order) and only pairs an entry with an instruction of the same keyword
 * whose content agrees: the RUN script, the COPY/ADD destination, the metadata's first word.
 * An entry that agrees with nothing stays unmatched and is reported so; nothing is paired by position.
 *
 * <p>History before the first matched entry is the base image's. When the number of base layers is
 * known (the engine or the registry has the base image), that boundary is used instead.
 */
public final class InstructionMatcher {

    private InstructionMatcher() {}

    /**
     * Which instruction each history entry of the image came from.
     *
     * @param matched   per history entry, the instruction it came from, or null
     * @param baseEnd   history entries before this index are the base image's
     */
    public record Match(List<Instruction> matched, int baseEnd) {}

    /** The instructions the image's own history entries come from, root stage first, FROMs left out. */
    public static List<Instruction> chain(Stage stage) {
        List<Stage> stages = new ArrayList<>();
        for (Stage s = stage; s != null; s = s.parent()) stages.add(0, s);
        List<Instruction> out = new ArrayList<>();
        for (Stage s : stages) out.addAll(s.instructions());
        return out;
    }

    /**
     * Matches the image's history entries to the instructions that made them.
     *
     * @param baseLayers layers the base image has, or -1 when unknown
     */
    public static Match match(List<ImageConfig.HistoryEntry> history, List<Instruction> instructions, int baseLayers) {
        int lowest = 0;
        if (baseLayers >= 0) {
            int seen = 0;
            while (lowest < history.size() && seen < baseLayers) {
                if (!history.get(lowest).emptyLayer()) seen++;
                lowest++;
            }
        }
        int h = history.size();
        int n = instructions.size();
        List<HistoryStep> steps =
                history.stream().map(e -> HistoryStep.parse(e.createdBy())).toList();
        // best[i][j]: best score aligning history[i..] with instructions[j..]; suffix-first so that,
        // among equal alignments, the latest history entries are the ones paired (the base keeps the rest)
        int[][] best = new int[h + 1][n + 1];
        for (int i = h - 1; i >= lowest; i--) {
            for (int j = n - 1; j >= 0; j--) {
                int pair = score(steps.get(i), instructions.get(j));
                int v = Math.max(best[i + 1][j], best[i][j + 1]);
                if (pair > 0) v = Math.max(v, pair + best[i + 1][j + 1]);
                best[i][j] = v;
            }
        }
        Instruction[] matched = new Instruction[h];
        int i = lowest;
        int j = 0;
        while (i < h && j < n) {
            int pair = score(steps.get(i), instructions.get(j));
            if (pair > 0 && best[i][j] == pair + best[i + 1][j + 1]) {
                matched[i] = instructions.get(j);
                i++;
                j++;
            } else if (best[i][j] == best[i + 1][j]) {
                i++;
            } else {
                j++;
            }
        }
        int baseEnd = lowest;
        if (baseLayers < 0) {
            baseEnd = h;
            for (int k = 0; k < h; k++) {
                if (matched[k] != null) {
                    baseEnd = k;
                    break;
                }
            }
        }
        return new Match(Arrays.asList(matched), baseEnd);
    }

    /** 0: cannot be the same step; higher: more certain. */
    static int score(HistoryStep step, Instruction ins) {
        if (step.keyword() == null || !step.keyword().equals(ins.command())) return 0;
        String kw = step.keyword();
        if (kw.equals("RUN")) return sameScript(step.body(), ins) ? 10 : 0;
        if (kw.equals("COPY") || kw.equals("ADD")) return sameDestination(step.destination(), ins) ? 10 : 0;
        // metadata: the first word (ENV key, WORKDIR path, USER name...) must agree when both have one
        String a = firstWord(step.body());
        String b = firstWord(ins.rest());
        return a.isEmpty() || b.isEmpty() || a.equals(b) ? 3 : 0;
    }

    private static boolean sameScript(String recorded, Instruction run) {
        String r = squash(recorded);
        if (r.isEmpty()) return false;
        if (run.isJson()) {
            String joined = squash(String.join(" ", run.args()));
            return r.equals(joined) || squash(r.replaceAll("[\\[\\]\",]", " ")).equals(joined);
        }
        String inline = squash(run.args().isEmpty() ? run.rest() : run.args().get(0));
        if (r.equals(inline)) return true;
        // a heredoc script: BuildKit records the heredoc text with the line
        for (Heredoc doc : run.heredocs()) {
            String body = squash(doc.content());
            if (!body.isEmpty() && r.contains(body)) return true;
        }
        return false;
    }

    private static boolean sameDestination(String recorded, Instruction copy) {
        List<String> words = new ArrayList<>();
        if (copy.isJson()) {
            words.addAll(copy.args());
        } else {
            words.addAll(Arrays.asList(copy.rest().strip().split("\\s+")));
            words.removeIf(w -> w.startsWith("--"));
        }
        if (words.isEmpty()) return false;
        String dest = trimSlash(words.get(words.size() - 1));
        String rec = trimSlash(recorded);
        if (rec.isEmpty() || dest.isEmpty()) return false;
        if (rec.equals(dest)) return true;
        // a relative destination is recorded as written by one builder and resolved against WORKDIR by the other
        return !dest.startsWith("/") && (rec.endsWith("/" + dest) || dest.equals("."));
    }

    private static String trimSlash(String s) {
        String t = s.strip();
        while (t.length() > 1 && t.endsWith("/")) t = t.substring(0, t.length() - 1);
        return t;
    }

    private static String firstWord(String s) {
        String t = s == null ? "" : s.strip();
        int end = 0;
        while (end < t.length() && !Character.isWhitespace(t.charAt(end)) && t.charAt(end) != '=') end++;
        return t.substring(0, end);
    }

    /** Whitespace collapsed and line continuations dropped, so a recorded script compares with its source. */
    static String squash(String s) {
        return s == null
                ? ""
                : s.replaceAll("\\\\\\r?\\n", " ").replaceAll("\\s+", " ").strip();
    }
}
