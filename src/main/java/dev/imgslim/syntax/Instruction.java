package dev.imgslim.syntax;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * One Dockerfile instruction as BuildKit's parser sees it, plus exact source positions.
 *
 * <p>{@link #args()} are the values of BuildKit's argument node chain (what {@code --dump buildkit}
 * prints), so rules see exactly what BuildKit sees. {@link #original()} is the joined logical line;
 * {@link #spanOf(int, int)} maps any range of it back to the source.
 */
public final class Instruction {
    private final String keyword;
    private final List<Flag> flags;
    private final List<String> args;
    private final boolean json;
    private final String original;
    private final String rest;
    private final int restStart;
    private final List<Heredoc> heredocs;
    private final Instruction subInstruction;
    private final Span span;
    private final BiFunction<Integer, Integer, Span> locator;

    Instruction(String keyword, List<Flag> flags, List<String> args, boolean json, String original, String rest,
                int restStart, List<Heredoc> heredocs, Instruction subInstruction, Span span,
                BiFunction<Integer, Integer, Span> locator) {
        this.keyword = keyword;
        this.flags = List.copyOf(flags);
        this.args = List.copyOf(args);
        this.json = json;
        this.original = original;
        this.rest = rest;
        this.restStart = restStart;
        this.heredocs = List.copyOf(heredocs);
        this.subInstruction = subInstruction;
        this.span = span;
        this.locator = locator;
    }

    /** The keyword as written ({@code run}, {@code RUN}, {@code Run}). */
    public String keyword() { return keyword; }

    /** The keyword upper-cased: {@code RUN}. */
    public String command() { return keyword.toUpperCase(Locale.ROOT); }

    public boolean is(String command) { return keyword.equalsIgnoreCase(command); }

    public List<Flag> flags() { return flags; }

    public Flag flag(String name) {
        for (Flag f : flags) if (f.name().equals(name)) return f;
        return null;
    }

    public List<Flag> flags(String name) {
        return flags.stream().filter(f -> f.name().equals(name)).toList();
    }

    /** BuildKit's argument values (JSON arrays decoded, shell form as one raw string for RUN/CMD/...). */
    public List<String> args() { return args; }

    /** True for the JSON (exec) form. */
    public boolean isJson() { return json; }

    /** The whole logical line, continuations joined, as BuildKit's {@code Node.Original}. */
    public String original() { return original; }

    /** The text after the keyword and flags, trimmed. */
    public String rest() { return rest; }

    /** Index of {@link #rest()} in {@link #original()}. */
    public int restStart() { return restStart; }

    public List<Heredoc> heredocs() { return heredocs; }

    /** The instruction an ONBUILD wraps; null otherwise. */
    public Instruction subInstruction() { return subInstruction; }

    /** The whole instruction, from its keyword to the end of its last line (heredoc bodies included). */
    public Span span() { return span; }

    public int line() { return span.startLine(); }

    /** Source span of the range [start, end) of {@link #original()}. */
    public Span spanOf(int start, int end) { return locator.apply(start, end); }

    /** Source span of the range [start, end) of {@link #rest()}. */
    public Span spanOfRest(int start, int end) { return locator.apply(restStart + start, restStart + end); }

    /** Span of the keyword alone. */
    public Span keywordSpan() {
        int k = original.indexOf(keyword);
        return spanOf(Math.max(k, 0), Math.max(k, 0) + keyword.length());
    }

    @Override
    public String toString() { return span.startLine() + ": " + original; }
}
