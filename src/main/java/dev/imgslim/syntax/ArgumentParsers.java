package dev.imgslim.syntax;

import dev.imgslim.shell.GoQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * BuildKit's per-instruction argument parsers (line_parsers.go): they decide the argument node chain
 * that rules and {@code --dump buildkit} see. Each returns the argument values and whether the JSON
 * form was used.
 */
final class ArgumentParsers {
    /**
     * @param values BuildKit's argument values
     * @param spans  for each value, its [start, end) offsets in the instruction's rest text (the raw word,
     *               quotes included; a JSON element's span is the text inside its quotes)
     */
    record Args(List<String> values, boolean json, List<int[]> spans) {
        static final Args NONE = new Args(List.of(), false, List.of());
    }

    private ArgumentParsers() {}

    static boolean isKnown(String command) {
        switch (command.toLowerCase(Locale.ROOT)) {
            case "add":
            case "arg":
            case "cmd":
            case "copy":
            case "entrypoint":
            case "env":
            case "expose":
            case "from":
            case "healthcheck":
            case "label":
            case "maintainer":
            case "onbuild":
            case "run":
            case "shell":
            case "stopsignal":
            case "user":
            case "volume":
            case "workdir":
                return true;
            default:
                return false;
        }
    }

    /** Arguments of every instruction but ONBUILD, whose argument is a nested instruction. */
    static Args parse(String command, String rest, char escape) throws ArgumentException {
        switch (command.toLowerCase(Locale.ROOT)) {
            case "add":
            case "copy":
            case "volume":
                return maybeJsonToList(rest);
            case "arg": {
                List<int[]> spans = new ArrayList<>();
                return new Args(WordSplitter.parseWords(rest, escape, spans), false, spans);
            }
            case "cmd":
            case "entrypoint":
            case "run":
            case "shell":
                return maybeJson(rest);
            case "env":
                return nameValue(rest, "ENV", escape);
            case "label":
                return nameValue(rest, "LABEL", escape);
            case "expose":
            case "from":
                return whitespaceDelimited(rest);
            case "healthcheck":
                return healthConfig(rest);
            case "maintainer":
            case "stopsignal":
            case "user":
            case "workdir":
                return rest.isEmpty() ? Args.NONE : whole(rest, false);
            default:
                // BuildKit's parser keeps unknown instructions with one empty argument node.
                return new Args(List.of(""), false, List.<int[]>of(new int[] {0, 0}));
        }
    }

    /** An argument error BuildKit's parser reports (the message is BuildKit's). */
    static final class ArgumentException extends Exception {
        ArgumentException(String message) {
            super(message);
        }
    }

    private static Args whole(String rest, boolean json) {
        return new Args(List.of(rest), json, List.<int[]>of(new int[] {0, rest.length()}));
    }

    private static Args whitespaceDelimited(String rest) {
        if (rest.isEmpty()) return Args.NONE;
        List<int[]> spans = new ArrayList<>();
        return new Args(WordSplitter.splitWhitespace(rest, -1, spans), false, spans);
    }

    private static Args jsonArgs(String rest, List<String> values) {
        return new Args(values, true, GoJson.stringLiteralSpans(rest));
    }

    /** The JSON (exec) form's strings; empty for the shell form. */
    private static Optional<List<String>> json(String rest) throws ArgumentException {
        String trimmed = rest.substring(GoText.skipSpace(rest, 0));
        if (!trimmed.startsWith("[")) return Optional.empty();
        try {
            return GoJson.parseStringArray(trimmed);
        } catch (GoJson.NotStringArray e) {
            throw new ArgumentException(e.getMessage());
        }
    }

    private static Args maybeJson(String rest) throws ArgumentException {
        if (rest.isEmpty()) return Args.NONE;
        Optional<List<String>> values = json(rest);
        return values.isPresent() ? jsonArgs(rest, values.get()) : whole(rest, false);
    }

    private static Args maybeJsonToList(String rest) throws ArgumentException {
        Optional<List<String>> values = json(rest);
        return values.isPresent() ? jsonArgs(rest, values.get()) : whitespaceDelimited(rest);
    }

    private static Args healthConfig(String rest) throws ArgumentException {
        // BuildKit scans bytes here; the ASCII white space it finds is the same in chars.
        int sep = 0;
        while (sep < rest.length() && !GoText.isSpace(rest.charAt(sep))) sep++;
        int next = sep;
        while (next < rest.length() && GoText.isSpace(rest.charAt(next))) next++;
        if (sep == 0) return Args.NONE;
        Args cmd = maybeJson(rest.substring(next));
        List<String> values = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        values.add(rest.substring(0, sep));
        spans.add(new int[] {0, sep});
        values.addAll(cmd.values());
        for (int[] sp : cmd.spans()) spans.add(new int[] {sp[0] + next, sp[1] + next});
        return new Args(values, cmd.json(), spans);
    }

    private static Args nameValue(String rest, String key, char escape) throws ArgumentException {
        List<int[]> wordSpans = new ArrayList<>();
        List<String> words = WordSplitter.parseWords(rest, escape, wordSpans);
        if (words.isEmpty()) return Args.NONE;
        if (!words.get(0).contains("=")) {
            // Legacy form: KEY name value (the value is the rest of the line, as written).
            List<int[]> partSpans = new ArrayList<>();
            List<String> parts = WordSplitter.splitWhitespace(rest, 2, partSpans);
            if (parts.size() < 2) throw new ArgumentException(key + " must have two arguments");
            int end = partSpans.get(1)[1];
            return new Args(
                    List.of(parts.get(0), parts.get(1), ""),
                    false,
                    List.of(partSpans.get(0), partSpans.get(1), new int[] {end, end}));
        }
        List<String> values = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            int[] at = wordSpans.get(w);
            int rawEq = rest.indexOf('=', at[0]);
            if (rawEq < 0 || rawEq >= at[1]) rawEq = at[0];
            spans.add(new int[] {at[0], rawEq});
            spans.add(new int[] {Math.min(rawEq + 1, at[1]), at[1]});
            spans.add(new int[] {rawEq, Math.min(rawEq + 1, at[1])});
            int eq = word.indexOf('=');
            if (eq < 0) {
                throw new ArgumentException(
                        "Syntax error - can't find = in " + GoQuote.quote(word) + ". Must be of the form: name=value");
            }
            values.add(word.substring(0, eq));
            values.add(word.substring(eq + 1));
            values.add("=");
        }
        return new Args(values, false, spans);
    }
}
