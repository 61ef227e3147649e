package dev.imgslim.shell;

import java.util.List;
import java.util.Objects;

/**
 * BuildKit's word processing for Dockerfile instructions ({@code frontend/dockerfile/shell/lex.go}):
 * quote removal, escapes, and variable expansion, with BuildKit's results and error messages rather
 * than a real shell's. Used to expand ARG/ENV in FROM, COPY, WORKDIR and friends, to find which
 * variables an instruction references ({@link #process}), and to split a RUN line into words when
 * looking for heredoc markers ({@link #processWords} with raw quotes and raw escapes).
 *
 * <h2>What is supported</h2>
 * <ul>
 *   <li>{@code $V}, {@code ${V}}; an unset variable expands to nothing. {@code $} followed by
 *       something that is not a name stays literal ({@code $.}, a trailing {@code $}).</li>
 *   <li>{@code ${V:-w}} / {@code ${V-w}} (default when unset-or-empty / unset),
 *       {@code ${V:+w}} / {@code ${V+w}} (alternative), {@code ${V:?msg}} / {@code ${V?msg}} (error),
 *       {@code ${V#p}}, {@code ${V##p}}, {@code ${V%p}}, {@code ${V%%p}} (wildcard trims),
 *       {@code ${V/p/r}}, {@code ${V//p/r}} (replace first / all). The word after the operator is
 *       itself processed, so {@code ${A:-${B}}} nests.</li>
 *   <li>Positional and special parameters are read as names but are never set by BuildKit:
 *       {@code $1}, {@code $12}, {@code $@}, {@code $*}, {@code $#}, {@code $?}, {@code $-},
 *       {@code $$}, {@code $!}, {@code $0} all expand to nothing (and count as unmatched names).</li>
 *   <li>Not supported, as in BuildKit: {@code ${V:=w}}, {@code ${V=w}}, {@code ${#V}},
 *       {@code ${V:offset}}, bracket expressions in patterns, command substitution.</li>
 *   <li>{@code '...'} is literal. In {@code "..."} the escape token escapes only {@code "},
 *       {@code $} and itself. Outside quotes it escapes any character; at the end of the word it
 *       is dropped.</li>
 * </ul>
 *
 * <h2>Options</h2>
 * Instances are immutable and thread-safe; each option method returns a configured copy, so a
 * shared lexer is never changed under another caller:
 * <pre>{@code
 * ShellLexer heredocWords = new ShellLexer('\\').rawQuotes(true).rawEscapes(true);
 * }</pre>
 */
public final class ShellLexer {

    private final char escapeToken;
    private final boolean rawQuotes;
    private final boolean rawEscapes;
    private final boolean skipUnsetEnv;
    private final boolean skipProcessQuotes;

    /**
     * @param escapeToken the Dockerfile's escape character: {@code \} (the default) or a backtick
     *                    (set with the {@code # escape=`} directive, usual on Windows, where
     *                    {@code \} is then an ordinary character)
     */
    public ShellLexer(char escapeToken) {
        this(escapeToken, false, false, false, false);
    }

    private ShellLexer(
            char escapeToken, boolean rawQuotes, boolean rawEscapes, boolean skipUnsetEnv, boolean skipProcessQuotes) {
        if (escapeToken != '\\' && escapeToken != '`') {
            throw new IllegalArgumentException("escape token must be '\\' or '`', not '" + escapeToken + "'");
        }
        this.escapeToken = escapeToken;
        this.rawQuotes = rawQuotes;
        this.rawEscapes = rawEscapes;
        this.skipUnsetEnv = skipUnsetEnv;
        this.skipProcessQuotes = skipProcessQuotes;
    }

    /** A copy that keeps quote characters in the output (they still group words and stop expansion in {@code '...'}). */
    public ShellLexer rawQuotes(boolean value) {
        return new ShellLexer(escapeToken, value, rawEscapes, skipUnsetEnv, skipProcessQuotes);
    }

    /** A copy that keeps escape tokens in the output (the escaped character is still taken literally). */
    public ShellLexer rawEscapes(boolean value) {
        return new ShellLexer(escapeToken, rawQuotes, value, skipUnsetEnv, skipProcessQuotes);
    }

    /**
     * A copy that leaves references to unset variables as written ({@code $V}, {@code ${V:-w}}) instead
     * of expanding them, as BuildKit does when it expands only the variables it knows at that point.
     */
    public ShellLexer skipUnsetEnv(boolean value) {
        return new ShellLexer(escapeToken, rawQuotes, rawEscapes, value, skipProcessQuotes);
    }

    /** A copy that treats {@code '} and {@code "} as ordinary characters (BuildKit's SkipProcessQuotes). */
    public ShellLexer skipProcessQuotes(boolean value) {
        return new ShellLexer(escapeToken, rawQuotes, rawEscapes, skipUnsetEnv, value);
    }

    public char escapeToken() {
        return escapeToken;
    }

    public boolean isRawQuotes() {
        return rawQuotes;
    }

    public boolean isRawEscapes() {
        return rawEscapes;
    }

    public boolean isSkipUnsetEnv() {
        return skipUnsetEnv;
    }

    public boolean isSkipProcessQuotes() {
        return skipProcessQuotes;
    }

    /**
     * Processes one word: quotes removed, escapes processed, variables expanded. Whitespace inside
     * the word is kept as it is.
     *
     * @throws ShellLexException on unterminated quotes or <code>${</code>, a bad substitution, or a
     *                           {@code ${V?msg}} whose variable is unset
     */
    public String processWord(String word, Env env) {
        return process(word, env).word();
    }

    /**
     * Processes a line and splits it into words on whitespace that is not quoted or escaped.
     * Splitting happens after expansion, so a variable whose value has spaces yields several words;
     * an empty quoted word ({@code ""}) yields none. This mirrors BuildKit, including one quirk: the
     * part of a word before a {@code ${V<op>...}} expansion is dropped ({@code ab${X:-c}} gives
     * {@code [c]}).
     *
     * @throws ShellLexException as {@link #processWord}
     */
    public List<String> processWords(String line, Env env) {
        return process(line, env).words();
    }

    /**
     * Processes a word and reports, besides the result, which variables it referenced: found
     * ({@code matched}) and unset ({@code unmatched}).
     *
     * @throws ShellLexException as {@link #processWord}
     */
    public ShellWordResult process(String word, Env env) {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(env, "env");
        if (isPlain(word)) return WordProcessor.plain(word);
        return new WordProcessor(this, word, env).process(word);
    }

    /**
     * True when the word has nothing to process (no {@code $}, no escape token, no quote this lexer
     * reads): it is its own result. Most words of a Dockerfile are such, so they skip the code-point pass.
     */
    private boolean isPlain(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '$' || c == escapeToken || (!skipProcessQuotes && (c == '\'' || c == '"'))) return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return "ShellLexer[escape=" + escapeToken + ", rawQuotes=" + rawQuotes + ", rawEscapes=" + rawEscapes
                + ", skipUnsetEnv=" + skipUnsetEnv + ", skipProcessQuotes=" + skipProcessQuotes + "]";
    }
}
