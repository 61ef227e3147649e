package dev.imgslim.syntax;

import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * One Dockerfile instruction as BuildKit's parser sees it, plus exact source positions.
 *
 * <p>Each keyword has its own subclass with named, typed parts ({@link From#image()},
 * {@link Copy#sources()}, {@link Env#pairs()}, ...), every part a positioned {@link Word}; switch over
 * the sealed hierarchy instead of testing keyword strings. {@link #args()} are the values of BuildKit's
 * argument node chain (what {@code --dump buildkit} prints) and {@link #argWords()} the same values
 * with their spans. {@link #original()} is the joined logical line; {@link #spanOf(int, int)} maps any
 * range of it back to the source.
 */
public abstract sealed class Instruction
        permits Add,
                Arg,
                Cmd,
                Copy,
                Entrypoint,
                Env,
                Expose,
                From,
                Healthcheck,
                Label,
                Maintainer,
                Onbuild,
                Run,
                Shell,
                Stopsignal,
                UnknownInstruction,
                User,
                Volume,
                Workdir {
    private final String keyword;
    private final List<Flag> flags;
    /**
     * The argument words as pairs of logical [start, end) of {@link #line}, and BuildKit's text of each
     * where it differs from the source as written (null when none does): the {@link Word}s are made when
     * asked. A 10 MB file has ~430k words; held as objects (and a list per instruction) they were ~20 MB.
     * Null when the one word is the whole {@link #rest()} (a shell-form RUN, a WORKDIR: half of them).
     */
    private final int[] wordRanges;

    private final String[] wordTexts;
    private final boolean json;
    /** The joined logical line: the text of {@link #original()} and the map of its chars to the source. */
    private final LogicalLine line;

    private final int restStart;
    private final int restEnd;
    private final List<Heredoc> heredocs;
    private final Instruction subInstruction;
    /**
     * Source offset just past the instruction's last line (heredoc bodies included); with the line's first
     * source offset it gives {@link #span()}, worked out when asked instead of a Span kept per instruction
     * (~7 MB for the 176k instructions of a 10 MB file).
     */
    private final int endOffset;

    /**
     * What the parser knows of one instruction; the texts ({@link #original()}, {@link #rest()}, the words)
     * are read from {@code line} when asked.
     */
    record Parts(
            String keyword,
            List<Flag> flags,
            int[] wordRanges,
            String[] wordTexts,
            boolean json,
            LogicalLine line,
            int restStart,
            int restEnd,
            List<Heredoc> heredocs,
            Instruction subInstruction,
            int endOffset) {}

    Instruction(Parts p) {
        this.keyword = p.keyword();
        this.flags = List.copyOf(p.flags());
        int[] ranges = p.wordRanges();
        this.wordRanges = ranges.length == 2 && ranges[0] == p.restStart() && ranges[1] == p.restEnd() ? null : ranges;
        this.wordTexts = p.wordTexts();
        this.json = p.json();
        this.line = p.line();
        this.restStart = p.restStart();
        this.restEnd = p.restEnd();
        this.heredocs = List.copyOf(p.heredocs());
        this.subInstruction = p.subInstruction();
        this.endOffset = p.endOffset();
    }

    /**
     * The subclass for the keyword ({@code lowerKeyword}: the parser's, already in lower case); an unknown
     * keyword gives {@link UnknownInstruction}.
     */
    static Instruction of(Parts p, String lowerKeyword) {
        switch (lowerKeyword) {
            case "from":
                return new From(p);
            case "run":
                return new Run(p);
            case "copy":
                return new Copy(p);
            case "add":
                return new Add(p);
            case "env":
                return new Env(p);
            case "arg":
                return new Arg(p);
            case "label":
                return new Label(p);
            case "expose":
                return new Expose(p);
            case "workdir":
                return new Workdir(p);
            case "user":
                return new User(p);
            case "cmd":
                return new Cmd(p);
            case "entrypoint":
                return new Entrypoint(p);
            case "shell":
                return new Shell(p);
            case "healthcheck":
                return new Healthcheck(p);
            case "onbuild":
                return new Onbuild(p);
            case "volume":
                return new Volume(p);
            case "stopsignal":
                return new Stopsignal(p);
            case "maintainer":
                return new Maintainer(p);
            default:
                return new UnknownInstruction(p);
        }
    }

    /** The keyword as written ({@code run}, {@code RUN}, {@code Run}). */
    public String keyword() {
        return keyword;
    }

    /** The keyword upper-cased: {@code RUN}. */
    public String command() {
        return keyword.toUpperCase(Locale.ROOT);
    }

    public boolean is(String command) {
        // Most calls ask about another keyword: first letters that differ as ASCII letters (case aside) answer
        // that without equalsIgnoreCase's folding of every char (asked of every instruction by many rules).
        if (keyword != command && !keyword.isEmpty() && !command.isEmpty()) {
            char a = keyword.charAt(0), b = command.charAt(0);
            if (a < 128 && b < 128 && asciiLower(a) != asciiLower(b)) return false;
        }
        return keyword.equalsIgnoreCase(command);
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    public List<Flag> flags() {
        return flags;
    }

    public Flag flag(String name) {
        for (Flag f : flags) if (f.name().equals(name)) return f;
        return null;
    }

    /** The flags named {@code name}, in order; unmodifiable (a loop: asked of every RUN for its mounts). */
    public List<Flag> flags(String name) {
        List<Flag> found = null;
        for (Flag f : flags) {
            if (!f.name().equals(name)) continue;
            if (found == null) found = new java.util.ArrayList<>(2);
            found.add(f);
        }
        return found == null ? List.of() : java.util.Collections.unmodifiableList(found);
    }

    /** BuildKit's argument values (JSON arrays decoded, shell form as one raw string for RUN/CMD/...). */
    public List<String> args() {
        return new WordTexts();
    }

    /** The texts of the argument words, read when asked. */
    private final class WordTexts extends AbstractList<String> implements RandomAccess {
        @Override
        public String get(int index) {
            Objects.checkIndex(index, size());
            String text = wordTexts == null ? null : wordTexts[index];
            return text != null ? text : line.text(wordStart(index), wordEnd(index));
        }

        @Override
        public int size() {
            return wordCount();
        }
    }

    /** {@link #args()} with their spans: a JSON element spans the text inside its quotes, a shell-form script the whole text. */
    public List<Word> argWords() {
        return new Words();
    }

    /** The argument words, each made when asked from its range (equal, not identical, from call to call). */
    private final class Words extends AbstractList<Word> implements RandomAccess {
        @Override
        public Word get(int index) {
            Objects.checkIndex(index, size());
            return word(index);
        }

        @Override
        public int size() {
            return wordCount();
        }
    }

    private int wordCount() {
        return wordRanges == null ? 1 : wordRanges.length / 2;
    }

    private int wordStart(int index) {
        return wordRanges == null ? restStart : wordRanges[2 * index];
    }

    private int wordEnd(int index) {
        return wordRanges == null ? restEnd : wordRanges[2 * index + 1];
    }

    private Word word(int index) {
        return new Word(wordTexts == null ? null : wordTexts[index], line, wordStart(index), wordEnd(index));
    }

    /** The first argument word, if any. */
    protected final java.util.Optional<Word> firstWord() {
        return wordCount() == 0 ? java.util.Optional.empty() : java.util.Optional.of(word(0));
    }

    /** The value of flag {@code name} as a positioned word, if the flag is given with a value. */
    public java.util.Optional<Word> flagValue(String name) {
        Flag f = flag(name);
        return f == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(f.valueWord());
    }

    /** True for the JSON (exec) form. */
    public boolean isJson() {
        return json;
    }

    /** The whole logical line, continuations joined, as BuildKit's {@code Node.Original}. */
    public String original() {
        return line.text();
    }

    /** The text after the keyword and flags, trimmed. */
    public String rest() {
        return line.text(restStart, restEnd);
    }

    /** Index of {@link #rest()} in {@link #original()}. */
    public int restStart() {
        return restStart;
    }

    public List<Heredoc> heredocs() {
        return heredocs;
    }

    /** The instruction an ONBUILD wraps; null otherwise (see {@link Onbuild#trigger()}). */
    public Instruction subInstruction() {
        return subInstruction;
    }

    /** The whole instruction, from its keyword to the end of its last line (heredoc bodies included). */
    public Span span() {
        return line.source().span(line.startOffset(), endOffset);
    }

    /** Source offset of the instruction's first char, without making its {@link #span()}. */
    public int startOffset() {
        return line.startOffset();
    }

    public int line() {
        return line.source().lineOf(line.startOffset());
    }

    /** Source span of the range [start, end) of {@link #original()}. */
    public Span spanOf(int start, int end) {
        return line.span(start, end);
    }

    /** Source span of the range [start, end) of {@link #rest()}. */
    public Span spanOfRest(int start, int end) {
        return line.span(restStart + start, restStart + end);
    }

    /** Span of the keyword alone. */
    public Span keywordSpan() {
        int k = original().indexOf(keyword);
        return spanOf(Math.max(k, 0), Math.max(k, 0) + keyword.length());
    }

    @Override
    public String toString() {
        return line() + ": " + original();
    }
}
