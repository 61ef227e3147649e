package dev.imgslim.shell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One pass over one word: the state of a single {@link ShellLexer} call. Not shared between calls,
 * which is what makes {@link ShellLexer} itself safe to share.
 *
 * <p>The structure follows BuildKit's {@code shellWord} closely on purpose, so that each branch can
 * be checked against {@code lex.go}: a recursive descent over code points where {@code $}, {@code '}
 * and {@code "} start sub-parsers, and {@code ${...}} bodies are read by a nested
 * {@link #processStopOn} call that stops at {@code }} or {@code /}.
 */
final class WordProcessor {

    private static final int EOF = -1;

    private final int escapeToken;
    private final boolean rawQuotes;
    private final boolean skipProcessQuotes;
    private final boolean skipUnsetEnv;
    private final Env env;
    private final int[] input;
    private int pos;
    private boolean rawEscapes;

    /**
     * The word-splitting buffer. BuildKit keeps a single buffer per pass and every
     * {@link #processStopOn} call, including the nested ones that read a {@code ${V:-...}} body,
     * clears it when it starts. So in {@link ShellLexer#processWords} the text of the current word
     * that came before a {@code ${V<op>...}} is dropped: {@code ab${X:-c}d} splits to {@code [cd]}.
     * We reproduce that, because heredoc detection and the words other tools see depend on it.
     * The processed word ({@link #process(String)}'s {@code word}) is not affected.
     */
    private final StringBuilder sharedWordBuffer = new StringBuilder();

    private final Set<String> matched = new LinkedHashSet<>();
    private final Set<String> unmatched = new LinkedHashSet<>();

    WordProcessor(ShellLexer lexer, String word, Env env) {
        this.escapeToken = lexer.escapeToken();
        this.rawQuotes = lexer.isRawQuotes();
        this.rawEscapes = lexer.isRawEscapes();
        this.skipProcessQuotes = lexer.isSkipProcessQuotes();
        this.skipUnsetEnv = lexer.isSkipUnsetEnv();
        this.env = env;
        this.input = codePoints(word);
    }

    /**
     * {@code word.codePoints().toArray()} without a stream (a word is processed for every expansion of every
     * instruction: the stream was a third of this constructor's cost under C1); unpaired surrogates stay.
     */
    private static int[] codePoints(String word) {
        int n = word.length();
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < n; ) {
            int cp = word.codePointAt(i);
            out[k++] = cp;
            i += Character.charCount(cp);
        }
        return k == n ? out : java.util.Arrays.copyOf(out, k);
    }

    ShellWordResult process(String source) {
        try {
            Processed top = processStopOn(EOF, rawEscapes);
            return new ShellWordResult(top.text, top.words, matched, unmatched);
        } catch (SubstitutionError e) {
            throw new ShellLexException(source, e.getMessage());
        }
    }

    /**
     * The result of a word without {@code $}, escapes or quotes: the word itself, split on Go's
     * whitespace as {@link WordSplitter} splits literal text, and no variable referenced.
     */
    static ShellWordResult plain(String word) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < word.length(); ) {
            // A code point read only where one starts with a high surrogate: asked of every char of every
            // word a Dockerfile's variables are expanded in.
            char c = word.charAt(i);
            int cp = Character.isHighSurrogate(c) ? word.codePointAt(i) : c;
            if (isGoSpace(cp)) {
                if (start >= 0) words.add(word.substring(start, i));
                start = -1;
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) words.add(word.substring(start));
        return new ShellWordResult(word, words, Set.of(), Set.of());
    }

    private int peek() {
        return pos < input.length ? input[pos] : EOF;
    }

    private int next() {
        return pos < input.length ? input[pos++] : EOF;
    }

    private record Processed(String text, List<String> words) {}

    /** Reads up to {@code stopChar} (consumed) or the end of input when {@code stopChar} is EOF. */
    private Processed processStopOn(int stopChar, boolean rawEscapesHere) {
        StringBuilder result = new StringBuilder();
        sharedWordBuffer.setLength(0);
        WordSplitter words = new WordSplitter(sharedWordBuffer);

        boolean saved = rawEscapes;
        rawEscapes = rawEscapesHere;
        try {
            while (peek() != EOF) {
                int ch = peek();
                if (stopChar != EOF && ch == stopChar) {
                    next();
                    return new Processed(result.toString(), words.finish());
                }
                if (ch == '$') {
                    String value = processDollar();
                    result.append(value);
                    words.addExpanded(value); // an expansion is split on its whitespace
                } else if (!skipProcessQuotes && (ch == '\'' || ch == '"')) {
                    String value = ch == '\'' ? processSingleQuote() : processDoubleQuote();
                    result.append(value);
                    words.addQuoted(value); // quoted text is never split
                } else {
                    ch = next();
                    if (ch == escapeToken) {
                        if (rawEscapes) {
                            words.addLiteral(ch);
                            result.appendCodePoint(ch);
                        }
                        ch = next();
                        if (ch == EOF) {
                            break; // an escape at the very end is dropped
                        }
                        words.addLiteral(ch);
                    } else {
                        words.add(ch);
                    }
                    result.appendCodePoint(ch);
                }
            }
            if (stopChar != EOF) {
                throw new SubstitutionError("unexpected end of statement while looking for matching "
                        + new String(Character.toChars(stopChar)));
            }
            return new Processed(result.toString(), words.finish());
        } finally {
            rawEscapes = saved;
        }
    }

    /** Reads the opening quote: the quoted text's builder, holding the quote when quotes are kept raw. */
    private StringBuilder openQuote() {
        StringBuilder result = new StringBuilder();
        int quote = next();
        if (rawQuotes) result.appendCodePoint(quote);
        return result;
    }

    /** {@code '...'}: everything literal up to the next {@code '}; there is no way to escape it. */
    private String processSingleQuote() {
        StringBuilder result = openQuote();
        while (true) {
            int ch = next();
            if (ch == EOF) {
                throw new SubstitutionError("unexpected end of statement while looking for matching single-quote");
            }
            if (ch == '\'') {
                if (rawQuotes) {
                    result.appendCodePoint(ch);
                }
                return result.toString();
            }
            result.appendCodePoint(ch);
        }
    }

    /**
     * {@code "..."}: variables are expanded; the escape token escapes only {@code "}, {@code $} and
     * itself, and is kept literally before anything else ({@code "a\tb"} stays {@code a\tb}). An
     * escape token right before the end of input is dropped, and then the missing quote is reported.
     */
    private String processDoubleQuote() {
        StringBuilder result = openQuote();
        int ch;
        while (true) {
            int p = peek();
            if (p == EOF) {
                throw new SubstitutionError("unexpected end of statement while looking for matching double-quote");
            }
            if (p == '"') {
                ch = next();
                if (rawQuotes) {
                    result.appendCodePoint(ch);
                }
                return result.toString();
            }
            if (p == '$') {
                result.append(processDollar());
                continue;
            }
            ch = next();
            if (ch == escapeToken) {
                if (rawEscapes) {
                    result.appendCodePoint(ch);
                }
                int following = peek();
                if (following == EOF) {
                    continue;
                }
                if (following == '"' || following == '$' || following == escapeToken) {
                    ch = next();
                }
            }
            result.appendCodePoint(ch);
        }
    }

    /** {@code $name}, {@code ${name}} and {@code ${name<op>word}}; the {@code $} is at {@link #pos}. */
    private String processDollar() {
        next(); // '$'

        if (peek() != '{') {
            String name = processName();
            if (name.isEmpty()) {
                return "$"; // "$." and "$" alone are literal
            }
            String value = lookup(name);
            if (value == null && skipUnsetEnv) {
                return "$" + name;
            }
            return value == null ? "" : value;
        }

        next(); // '{'
        int first = peek();
        if (first == EOF) {
            throw new SubstitutionError("syntax error: missing '}'");
        }
        if (first == '{' || first == '}' || first == ':') {
            throw new SubstitutionError("syntax error: bad substitution"); // ${{x}, ${}, ${:x}
        }
        String name = processName();
        int ch = next();
        String modifier = runeString(ch);
        boolean nullIsUnset = false;

        if (ch == '}') {
            String value = lookup(name);
            if (value == null && skipUnsetEnv) {
                return "${" + name + "}";
            }
            return value == null ? "" : value;
        }
        if (ch == '/') {
            return processReplacement(name);
        }
        if (ch == ':') {
            nullIsUnset = true;
            ch = next();
            modifier += runeString(ch);
        } else if (ch != '+' && ch != '-' && ch != '?' && ch != '#' && ch != '%') {
            // Includes the end of input in "${PWD": BuildKit names the missing character U+FFFD.
            throw unsupported(modifier);
        }

        boolean patternOp = ch == '#' || ch == '%';
        if (nullIsUnset && patternOp) {
            throw unsupported(modifier); // ${V:#p} and ${V:%p} do not exist
        }
        String word = readUntil('}', patternOp, "syntax error: missing '}'");

        String value = lookup(name);
        if (skipUnsetEnv && value == null) {
            return "${" + name + modifier + word + "}";
        }
        boolean absent = value == null || (nullIsUnset && value.isEmpty());
        switch (ch) {
            case '-':
                return absent ? word : value;
            case '+':
                return absent ? "" : word;
            case '?':
                if (value == null) {
                    throw new SubstitutionError(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
                }
                if (nullIsUnset && value.isEmpty()) {
                    throw new SubstitutionError(name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word));
                }
                return value;
            case '#':
            case '%': {
                // One operator character is shortest match; a doubled one (## or %%) is longest.
                boolean greedy = !word.isEmpty() && word.codePointAt(0) == ch;
                String pattern = greedy ? word.substring(1) : word;
                String v = value == null ? "" : value;
                return ch == '%'
                        ? ShellPattern.trimSuffix(pattern, v, greedy)
                        : ShellPattern.trimPrefix(pattern, v, greedy);
            }
            default:
                throw unsupported(modifier); // e.g. ${V:=w}, after the variable was looked up
        }
    }

    /** {@code ${V/pattern/replacement}} and {@code ${V//pattern/replacement}}; the first {@code /} is read. */
    private String processReplacement(String name) {
        boolean replaceAll = peek() == '/';
        if (replaceAll) {
            next();
        }
        String pattern = readUntil('/', true, "syntax error: missing '/' in ${}");
        String replacement = readUntil('}', true, "syntax error: missing '}'");

        String value = lookup(name);
        if (skipUnsetEnv && value == null) {
            return "${" + name + "/" + pattern + "/" + replacement + "}";
        }
        return ShellPattern.replace(pattern, replacement, value == null ? "" : value, replaceAll);
    }

    /** A nested word up to {@code stop}; running off the end is reported as {@code atEof}. */
    private String readUntil(int stop, boolean rawEscapesHere, String atEof) {
        try {
            return processStopOn(stop, rawEscapesHere).text;
        } catch (SubstitutionError e) {
            if (peek() == EOF) {
                throw new SubstitutionError(atEof);
            }
            throw e;
        }
    }

    /**
     * A name: letters, digits and {@code _}; or a run of digits (a positional parameter, {@code $12});
     * or one special parameter character ({@code @ * # ? - $ !}). Empty when none of these follows.
     */
    private String processName() {
        StringBuilder name = new StringBuilder();
        while (peek() != EOF) {
            int ch = peek();
            if (name.length() == 0 && Character.isDigit(ch)) {
                while (peek() != EOF && Character.isDigit(peek())) {
                    name.appendCodePoint(next());
                }
                return name.toString();
            }
            if (name.length() == 0 && isSpecialParam(ch)) {
                return runeString(next());
            }
            if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
                break;
            }
            name.appendCodePoint(next());
        }
        return name.toString();
    }

    /** POSIX special parameters (XCU 2.5.2); {@code 0} is caught earlier as a digit. */
    private static boolean isSpecialParam(int ch) {
        return switch (ch) {
            case '@', '*', '#', '?', '-', '$', '!', '0' -> true;
            default -> false;
        };
    }

    private String lookup(String name) {
        String value = env.get(name);
        if (value != null) {
            matched.add(name);
        } else {
            unmatched.add(name);
        }
        return value;
    }

    private static SubstitutionError unsupported(String modifier) {
        return new SubstitutionError("unsupported modifier (" + modifier + ") in substitution");
    }

    /** Go's {@code string(rune)}: end of input (-1) becomes U+FFFD. */
    private static String runeString(int cp) {
        return cp < 0 ? "\uFFFD" : new String(Character.toChars(cp));
    }

    /**
     * Splits text into words the way BuildKit's {@code wordsStruct} does. Unquoted whitespace ends a
     * word; quoted text is added whole. A word that is started but empty ({@code ""}) is never emitted.
     */
    private static final class WordSplitter {
        private final StringBuilder buf;
        private final List<String> words = new ArrayList<>();
        private boolean inWord;

        WordSplitter(StringBuilder buf) {
            this.buf = buf;
        }

        void add(int ch) {
            if (isGoSpace(ch)) {
                if (inWord && buf.length() != 0) {
                    words.add(buf.toString());
                    buf.setLength(0);
                    inWord = false;
                }
            } else {
                addLiteral(ch);
            }
        }

        void addLiteral(int ch) {
            buf.appendCodePoint(ch);
            inWord = true;
        }

        void addExpanded(String s) {
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                add(cp);
                i += Character.charCount(cp);
            }
        }

        void addQuoted(String s) {
            buf.append(s);
            inWord = true;
        }

        List<String> finish() {
            if (buf.length() > 0) {
                words.add(buf.toString());
                buf.setLength(0);
                inWord = false;
            }
            return words;
        }
    }

    /** Go's {@code unicode.IsSpace}: unlike Java's isWhitespace it includes NBSP and excludes U+001C..U+001F. */
    static boolean isGoSpace(int cp) {
        if (cp <= 0xFF) {
            return cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0x85 || cp == 0xA0;
        }
        return Character.isSpaceChar(cp);
    }
}
