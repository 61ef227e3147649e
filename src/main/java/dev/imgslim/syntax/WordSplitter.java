package dev.imgslim.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's parseWords: splits ENV/LABEL/ARG arguments into words, keeping quotes and escapes in
 * the words (they are removed later, at expansion time).
 */
final class WordSplitter {
    private WordSplitter() {}

    static List<String> parseWords(String rest, char escape) {
        return parseWords(rest, escape, new ArrayList<>());
    }

    /** As {@link #parseWords(String, char)}, adding each word's raw [start, end) offsets to {@code spans}. */
    static List<String> parseWords(String rest, char escape, List<int[]> spans) {
        List<String> words = new ArrayList<>();
        int wordStart = 0;
        final int inSpaces = 0, inWord = 1, inQuote = 2;
        int phase = inSpaces;
        StringBuilder word = new StringBuilder();
        int quote = 0;
        boolean blankOk = false;
        int ch = 0;
        int width = 0;
        for (int pos = 0; pos <= rest.length(); pos += width) {
            if (pos != rest.length()) {
                ch = rest.codePointAt(pos);
                width = Character.charCount(ch);
            }
            if (phase == inSpaces) {
                if (pos == rest.length()) break;
                if (GoText.isSpace(ch)) continue;
                phase = inWord;
                wordStart = pos;
            }
            if ((phase == inWord || phase == inQuote) && pos == rest.length()) {
                if (blankOk || word.length() > 0) {
                    words.add(word.toString());
                    spans.add(new int[] {wordStart, pos});
                }
                break;
            }
            if (phase == inWord) {
                if (GoText.isSpace(ch)) {
                    phase = inSpaces;
                    if (blankOk || word.length() > 0) {
                        words.add(word.toString());
                        spans.add(new int[] {wordStart, pos});
                    }
                    word.setLength(0);
                    blankOk = false;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    blankOk = true;
                    phase = inQuote;
                }
                if (ch == escape) {
                    if (pos + width == rest.length()) continue;
                    // Unquoted: keep the escape and the char after it, even a quote.
                    word.appendCodePoint(ch);
                    pos += width;
                    ch = rest.codePointAt(pos);
                    width = Character.charCount(ch);
                    word.appendCodePoint(ch);
                    continue;
                }
                if (phase == inQuote) {
                    word.appendCodePoint(ch);
                    continue;
                }
                int end = plainRun(rest, pos + width, escape, -1);
                word.append(rest, pos, end);
                width = end - pos;
                continue;
            }
            // inQuote
            if (ch != quote && ch != escape) {
                int end = plainRun(rest, pos + width, escape, quote);
                word.append(rest, pos, end);
                width = end - pos;
                continue;
            }
            if (ch == quote) phase = inWord;
            // Nothing can be escaped inside single quotes.
            if (ch == escape && quote != '\'') {
                if (pos + width == rest.length()) {
                    phase = inWord;
                    continue;
                }
                pos += width;
                word.appendCodePoint(ch);
                ch = rest.codePointAt(pos);
                width = Character.charCount(ch);
            }
            word.appendCodePoint(ch);
        }
        return words;
    }

    /**
     * The end of the run of ASCII chars from {@code pos} that the loop above would copy one by one: no
     * space, quote or escape outside quotes ({@code quote} < 0), neither the quote nor the escape inside
     * them. Copied as one piece (char by char, code point reads were 1.5 % of a 10,000-file lint's CPU).
     */
    private static int plainRun(String rest, int pos, char escape, int quote) {
        int j = pos;
        while (j < rest.length()) {
            char c = rest.charAt(j);
            if (c >= 0x80 || c == escape) break;
            if (quote < 0 ? GoText.isSpace(c) || c == '\'' || c == '"' : c == quote) break;
            j++;
        }
        return j;
    }

    /** regexp.Split on {@code [\t\v\f\r ]+} with n = -1 (all) or n = 2 (first split only). */
    static List<String> splitWhitespace(String s, int limit) {
        return splitWhitespace(s, limit, new ArrayList<>());
    }

    /** As {@link #splitWhitespace(String, int)}, adding each part's [start, end) offsets to {@code spans}. */
    static List<String> splitWhitespace(String s, int limit, List<int[]> spans) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            if (GoText.isSplitSpace(s.charAt(i)) && (limit < 0 || out.size() < limit - 1)) {
                int j = i;
                while (j < s.length() && GoText.isSplitSpace(s.charAt(j))) j++;
                out.add(s.substring(start, i));
                spans.add(new int[] {start, i});
                start = j;
                i = j;
            } else {
                i++;
            }
        }
        out.add(s.substring(start));
        spans.add(new int[] {start, s.length()});
        return out;
    }
}
