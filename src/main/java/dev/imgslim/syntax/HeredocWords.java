package dev.imgslim.syntax;

import dev.imgslim.shell.Env;
import dev.imgslim.shell.ShellLexException;
import dev.imgslim.shell.ShellLexer;
import java.util.List;
import java.util.Optional;

/**
 * Finds here-document words in an instruction line the way BuildKit does: the line is split into
 * shell words with quotes and escapes kept raw (so a quoted {@code "<<EOF"} is not a heredoc), and a
 * delimiter that had any quoting disables expansion of the body. BuildKit lexes these with {@code \}
 * whatever the escape directive says.
 */
final class HeredocWords {
    record Name(String name, boolean expand) {}

    private static final ShellLexer RAW = new ShellLexer('\\').rawQuotes(true).rawEscapes(true);
    private static final ShellLexer NAME = new ShellLexer('\\').skipUnsetEnv(true);

    private HeredocWords() {}

    static List<String> split(String line) {
        try {
            return RAW.processWords(line, Env.empty());
        } catch (ShellLexException e) {
            // BuildKit ignores a lexing error here: the line simply has no heredoc.
            return List.of();
        }
    }

    /** The delimiter with quoting removed; empty when the text is not exactly one word. */
    static Optional<Name> name(String raw) {
        List<String> words = NAME.processWords(raw, Env.empty());
        if (words.size() != 1) return Optional.empty();
        List<String> rawWords = NAME.rawQuotes(true).processWords(raw, Env.empty());
        if (rawWords.size() != words.size()) {
            throw new ShellLexException(raw, "internal lexing of heredoc produced inconsistent results");
        }
        String word = words.get(0);
        return Optional.of(new Name(word, quotes(word) == quotes(rawWords.get(0))));
    }

    private static long quotes(String s) {
        return s.chars().filter(c -> c == '\'' || c == '"').count();
    }
}
