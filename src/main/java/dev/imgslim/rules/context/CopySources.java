package dev.imgslim.rules.context;

import dev.imgslim.build.Expansion;
import dev.imgslim.build.Stage;
import dev.imgslim.rules.LintContext;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Span;
import dev.imgslim.syntax.Word;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources of a COPY or ADD (every argument but the destination), each with where it is written
 * and its value after ARG/ENV expansion, as BuildKit expands them.
 */
final class CopySources {
    private CopySources() {}

    /**
     * @param raw      the argument as BuildKit's parser gives it
     * @param value    after expansion, or null when a variable has no value here (unknowable)
     * @param span     the word in the source; the instruction's arguments when it cannot be pinned
     * @param heredoc  a {@code <<EOF} source, whose content is inline
     * @param url      a remote source (ADD of a URL or a git repository)
     */
    record Source(String raw, String value, Span span, boolean heredoc, boolean url) {
        /** A plain path of the build context whose value is known. */
        boolean isLocal() {
            return !heredoc && !url && value != null && !value.isEmpty();
        }
    }

    /** True for a COPY or ADD that reads the build context (no {@code --from}). */
    static boolean readsContext(Instruction ins) {
        return (ins.is("COPY") || ins.is("ADD")) && ins.flag("from") == null;
    }

    /**
     * {@link #of(Instruction, Stage, char)} with the file's escape, read once per instruction of the file:
     * the context rules ask it of every COPY up to five times (ContextGuess, DockerignoreMissing's three
     * passes, CopyIgnoredFile, CopyFromUnfiltered), each expanding and placing every source again (~1 % of
     * the CPU of a 10,000-file lint, 2026-12-06). Unmodifiable.
     */
    static List<Source> of(LintContext ctx, Instruction ins, Stage stage) {
        // get-or-share rather than ctx.shared(Known.class, Known::new): see LintContext.sharedOrNull (start-up)
        Known shared = ctx.sharedOrNull(Known.class);
        if (shared == null) shared = ctx.share(Known.class, new Known());
        Map<Instruction, Read> known = shared.byInstruction;
        Read read = known.get(ins);
        if (read == null || read.stage() != stage) {
            read = new Read(stage, List.copyOf(of(ins, stage, ctx.file().escape())));
            known.put(ins, read);
        }
        return read.sources();
    }

    /** The sources read in one file, by instruction (identity). */
    private static final class Known {
        final Map<Instruction, Read> byInstruction = new IdentityHashMap<>();
    }

    /** One instruction's sources, and the stage whose variables expanded them. */
    private record Read(Stage stage, List<Source> sources) {}

    static List<Source> of(Instruction ins, Stage stage, char escape) {
        List<String> args = ins.args();
        if (args.size() < 2) return List.of();
        List<Span> spans = wordSpans(ins, args.size());
        List<Source> out = new ArrayList<>();
        for (int i = 0; i < args.size() - 1; i++) {
            String raw = args.get(i);
            boolean heredoc = !ins.heredocs().isEmpty() && raw.startsWith("<<");
            boolean url = isUrl(raw);
            String value = null;
            if (!heredoc && !url) {
                Expansion e = Expansion.expand(
                        raw,
                        stage == null
                                ? java.util.Map.of()
                                : stage.variablesBefore(ins).asMap(),
                        escape);
                value = e.complete() ? e.value() : null;
                if (value != null && isUrl(value)) {
                    url = true;
                }
            }
            Span span =
                    spans != null ? spans.get(i) : ins.spanOfRest(0, ins.rest().length());
            out.add(new Source(raw, value, span, heredoc, url));
        }
        return out;
    }

    /** BuildKit's remote ADD sources: http(s) URLs and git repositories. */
    static boolean isUrl(String s) {
        return s.contains("://") || s.startsWith("git@");
    }

    /**
     * Spans of the arguments: for the JSON form the parser's (inside each string literal), for the shell
     * form the whitespace-separated words of {@link Instruction#rest()}. Null when they cannot be matched
     * one to one.
     */
    private static List<Span> wordSpans(Instruction ins, int count) {
        if (ins.isJson()) return ins.argWords().stream().map(Word::span).toList();
        List<int[]> ranges = words(ins.rest());
        if (ranges.size() != count) return null;
        List<Span> out = new ArrayList<>();
        for (int[] r : ranges) out.add(ins.spanOfRest(r[0], r[1]));
        return out;
    }

    private static List<int[]> words(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
            if (i >= s.length()) break;
            int start = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) i++;
            out.add(new int[] {start, i});
        }
        return out;
    }
}
