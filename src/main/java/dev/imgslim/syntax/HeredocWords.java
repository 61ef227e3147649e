package dev.imgslim.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds here-document words in an instruction line the way BuildKit does: the line is split into
 * shell words with quotes and escapes kept raw (so a quoted {@code "<<EOF"} is not a heredoc), and a
 * delimiter that had any quoting disables expansion of the body.
 */
final class HeredocWords {
    record Name(String name, boolean expand) {}

    private HeredocWords() {}

    /** Shell words with quotes and escapes kept (BuildKit lexes with {@code \} here whatever the escape directive). */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                continue;
            }
            inWord = true;
            if (c == '\\') {
                word.append(c);
                if (i + 1 < line.length()) word.append(line.charAt(++i));
            } else if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) end = line.length() - 1;
                word.append(line, i, end + 1);
                i = end;
            } else if (c == '"') {
                word.append(c);
                int j = i + 1;
                while (j < line.length() && line.charAt(j) != '"') {
                    if (line.charAt(j) == '\\' && j + 1 < line.length()) word.append(line.charAt(j++));
                    word.append(line.charAt(j++));
                }
                if (j < line.length()) word.append('"');
                i = j;
            } else {
                word.append(c);
            }
        }
        if (inWord) words.add(word.toString());
        return words;
    }

    /** The delimiter with quoting removed, or null when the text is not exactly one word. */
    static Name name(String raw) {
        List<String> words = split(raw);
        if (words.size() != 1) return null;
        String w = words.get(0);
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '\\' && i + 1 < w.length()) {
                out.append(w.charAt(++i));
            } else if (c == '\'' || c == '"') {
                quoted = true;
                int end = w.indexOf(c, i + 1);
                if (end < 0) end = w.length();
                for (int k = i + 1; k < end; k++) {
                    char q = w.charAt(k);
                    if (c == '"' && q == '\\' && k + 1 < end) q = w.charAt(++k);
                    out.append(q);
                }
                i = end;
            } else {
                out.append(c);
            }
        }
        if (out.length() == 0) return null;
        return new Name(out.toString(), !quoted);
    }
}
