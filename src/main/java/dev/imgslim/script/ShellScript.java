package dev.imgslim.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The commands a RUN script runs, parsed once and shared by every rule, so that no rule matches
 * regular expressions against raw RUN text. It understands what Dockerfile authors write in
 * practice: {@code &&}, {@code ||}, {@code ;}, pipes, subshells and braces, {@code if/for/while}
 * keywords, quotes, escapes, line continuations inside heredocs, redirections, leading variable
 * assignments, wrappers such as {@code sudo} and {@code env}, and {@code sh -c '...'} strings (parsed
 * again, recursively). It is not a full POSIX shell parser; what it cannot follow it leaves as words.
 */
public final class ShellScript implements CommandList {
    private static final Set<String> KEYWORDS = Set.of(
            "if", "then", "else", "elif", "fi", "do", "done", "for", "while", "until", "case", "esac", "in", "!", "{",
            "}", "(", ")", "time");
    private static final Set<String> WRAPPERS = Set.of(
            "sudo",
            "env",
            "exec",
            "nohup",
            "command",
            "nice",
            "ionice",
            "chroot",
            "gosu",
            "su-exec",
            "xargs",
            "timeout",
            "eatmydata",
            "fakeroot");
    /** Wrappers whose first operand is not the command: {@code timeout 10 cmd}, {@code gosu user cmd}. */
    private static final Set<String> WRAPPER_OPERAND = Set.of("timeout", "gosu", "su-exec", "chroot");

    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh");

    private final String text;
    private final List<ShellCommand> commands;
    private final List<String> separators;

    private ShellScript(String text, List<ShellCommand> commands, List<String> separators) {
        this.text = text;
        this.commands = List.copyOf(commands);
        this.separators = List.copyOf(separators);
    }

    public static ShellScript parse(String text) {
        List<ShellCommand> out = new ArrayList<>();
        List<String> seps = new ArrayList<>();
        parseInto(text, 0, false, out, seps);
        return new ShellScript(text, out, seps);
    }

    /** An exec-form command ({@code RUN ["apt-get", "install", "x"]}): one command, no shell. */
    public static ShellScript exec(List<String> argv) {
        if (argv.isEmpty()) return new ShellScript("", List.of(), List.of());
        List<ShellCommand.Word> words = new ArrayList<>();
        for (String a : argv) words.add(new ShellCommand.Word(a, a, 0, 0));
        List<ShellCommand> out = new ArrayList<>();
        addCommand(words, false, false, false, List.of(), out);
        return new ShellScript(String.join(" ", argv), out, List.of());
    }

    public String text() {
        return text;
    }

    @Override
    public List<ShellCommand> commands() {
        return commands;
    }

    /** Operators between top-level commands ({@code &&}, {@code ;}, {@code |}, {@code ||}, newline as {@code \n}). */
    public List<String> separators() {
        return separators;
    }

    public boolean hasPipe() {
        return commands.stream().anyMatch(ShellCommand::pipeline);
    }

    // ---- parsing -------------------------------------------------------------------------------

    private static void parseInto(String s, int base, boolean nested, List<ShellCommand> out, List<String> seps) {
        List<ShellCommand.Word> words = new ArrayList<>();
        List<String> redirects = new ArrayList<>();
        boolean pipeline = false;
        int depth = 0;
        int i = 0;
        int n = s.length();
        // Where the last word read ends: one holder per script, not one per word.
        int[] end = new int[1];
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n && s.charAt(i + 1) == '\n') {
                i += 2;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r') {
                i++;
                continue;
            }
            if (c == '#' && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) {
                while (i < n && s.charAt(i) != '\n') i++;
                continue;
            }
            String op = operatorAt(s, i);
            if (op != null) {
                boolean pipe = op.equals("|");
                if (!words.isEmpty()) {
                    addCommand(words, pipeline || pipe, nested, depth > 0, redirects, out);
                    words = new ArrayList<>();
                    redirects = new ArrayList<>();
                    seps.add(op);
                } else if (!out.isEmpty() && !seps.isEmpty() && !op.equals("\n")) {
                    seps.set(seps.size() - 1, op);
                }
                if (op.equals("(")) depth++;
                else if (op.equals(")")) depth = Math.max(0, depth - 1);
                pipeline = pipe;
                i += op.length();
                continue;
            }
            int heredoc = mayRedirect(c) ? heredocLength(s, i) : 0;
            if (heredoc > 0) {
                // <<EOF, <<-'EOF', 3<<EOF: one word, so callers can tell a heredoc operand.
                int w = i + heredoc;
                String delim = readWord(s, w, end);
                words.add(new ShellCommand.Word(
                        s.substring(i, w) + delim, s.substring(i, end[0]), base + i, base + end[0]));
                i = end[0];
                continue;
            }
            int redirect = mayRedirect(c) ? redirectionLength(s, i) : 0;
            if (redirect > 0) {
                String operator = s.substring(i, i + redirect);
                i += redirect;
                // The redirection's target word is not an argument.
                while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
                if (s.startsWith("&", i)) {
                    operator += "&";
                    i++;
                }
                redirects.add(operator + readWord(s, i, end));
                i = end[0];
                continue;
            }
            String value = readWord(s, i, end);
            words.add(new ShellCommand.Word(value, raw(s, i, end[0], value), base + i, base + end[0]));
            i = end[0];
        }
        if (!words.isEmpty()) addCommand(words, pipeline, nested, depth > 0, redirects, out);
    }

    /** The control operator at i, or null. A switch on the char: asked at every word of every RUN. */
    private static String operatorAt(String s, int i) {
        char c = s.charAt(i);
        char d = i + 1 < s.length() ? s.charAt(i + 1) : 0;
        switch (c) {
            case '&':
                return d == '&' ? "&&" : d == '>' ? null : "&";
            case '|':
                return d == '|' ? "||" : "|";
            case ';':
                return d == ';' ? ";;" : ";";
            case '\n':
                return "\n";
            case '(':
                return "(";
            case ')':
                return ")";
            default:
                return null;
        }
    }

    /** A char a heredoc or redirection operator can start with (a digit, {@code <}, {@code >}, {@code &}). */
    private static boolean mayRedirect(char c) {
        return (c >= '0' && c <= '9') || c == '<' || c == '>' || c == '&';
    }

    private static int heredocLength(String s, int i) {
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
        if (!s.startsWith("<<", j) || s.startsWith("<<<", j)) return 0;
        j += 2;
        if (j < s.length() && s.charAt(j) == '-') j++;
        return j < s.length() && !Character.isWhitespace(s.charAt(j)) ? j - i : 0;
    }

    /** Length of a redirection operator at i ({@code >}, {@code >>}, {@code 2>}, {@code &>}, {@code <}, {@code 2>&1}...). */
    private static int redirectionLength(String s, int i) {
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
        if (j < s.length() && (s.charAt(j) == '>' || s.charAt(j) == '<')) {
            if (j > i && j - i > 2) return 0;
            if (s.startsWith("<<", j)) return 0; // heredoc inside a script: leave the word
            int k = j + 1;
            if (k < s.length() && (s.charAt(k) == '>' || s.charAt(k) == '&' || s.charAt(k) == '|')) k++;
            return k - i;
        }
        if (s.startsWith("&>", i)) return s.startsWith("&>>", i) ? 3 : 2;
        return 0;
    }

    /** Reads one word starting at i; returns its value with quotes and escapes removed. */
    private static String readWord(String s, int i, int[] endOut) {
        int n = s.length();
        // Most words are plain (no quote, escape, $ or backtick): their value is their text, no builder.
        int j = i;
        while (j < n && isPlain(s.charAt(j))) j++;
        if (j > i && (j == n || endsWord(s.charAt(j)))) {
            endOut[0] = j;
            return s.substring(i, j);
        }
        StringBuilder v = new StringBuilder().append(s, i, j);
        while (j < n) {
            char c = s.charAt(j);
            if (endsWord(c)) break;
            if (c == '(' && j > i && s.charAt(j - 1) != '$' && s.charAt(j - 1) != '=') break;
            if (c == '\\') {
                if (j + 1 == n) { // a backslash that ends the script stays itself, as sh reads it
                    v.append(c);
                    j++;
                    continue;
                }
                if (s.charAt(j + 1) != '\n') v.append(s.charAt(j + 1));
                j += 2;
                continue;
            }
            if (c == '\'') {
                int e = s.indexOf('\'', j + 1);
                if (e < 0) e = n;
                v.append(s, j + 1, e);
                j = Math.min(e + 1, n);
                continue;
            }
            if (c == '"') {
                int k = j + 1;
                while (k < n && s.charAt(k) != '"') {
                    char q = s.charAt(k);
                    if (q == '\\' && k + 1 < n) {
                        char nx = s.charAt(k + 1);
                        if (nx == '\n') {
                            k += 2;
                            continue;
                        }
                        if (nx == '"' || nx == '\\' || nx == '$' || nx == '`') {
                            v.append(nx);
                            k += 2;
                            continue;
                        }
                    }
                    v.append(q);
                    k++;
                }
                j = Math.min(k + 1, n);
                continue;
            }
            if (c == '$' && j + 1 < n && s.charAt(j + 1) == '(') {
                int e = matchParen(s, j + 1);
                v.append(s, j, e);
                j = e;
                continue;
            }
            if (c == '`') {
                int e = s.indexOf('`', j + 1);
                e = e < 0 ? n : e + 1;
                v.append(s, j, e);
                j = e;
                continue;
            }
            v.append(c);
            j++;
        }
        if (j == i) j = i + 1; // never stall on an unexpected char
        endOut[0] = j;
        return v.toString();
    }

    /**
     * The text of a word as written; the value itself when reading removed nothing (a plain word), so that
     * the two are one string: a RUN of 64k commands keeps every word of every command.
     */
    private static String raw(String s, int start, int end, String value) {
        int length = end - start;
        return length == value.length() && s.regionMatches(start, value, 0, length) ? value : s.substring(start, end);
    }

    /** The ASCII chars that end a word wherever they stand. */
    private static final String WORD_ENDS = " \t\n\r;|&><)";

    /** The ASCII chars {@link #readWord} does not copy as they are: the word ends, quotes, escapes, expansions. */
    private static final String NOT_PLAIN = WORD_ENDS + "\\'\"$`(";

    /**
     * Tables of the two sets above, indexed by ASCII char: looked up for every char of every RUN (the chains
     * of comparisons they replace were a call or two per char under the C1 compiler).
     */
    private static final boolean[] ENDS_WORD = table(WORD_ENDS);

    private static final boolean[] SPECIAL = table(NOT_PLAIN);

    private static boolean[] table(String chars) {
        boolean[] t = new boolean[128];
        for (int k = 0; k < chars.length(); k++) t[chars.charAt(k)] = true;
        return t;
    }

    /** A character that ends a word wherever it stands. */
    private static boolean endsWord(char c) {
        return c < 128 && ENDS_WORD[c];
    }

    /** A character {@link #readWord} copies as it is, whatever comes before it. */
    private static boolean isPlain(char c) {
        return c >= 128 || !SPECIAL[c];
    }

    private static int matchParen(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return k + 1;
        }
        return s.length();
    }

    private static void addCommand(
            List<ShellCommand.Word> words,
            boolean pipeline,
            boolean nested,
            boolean subshell,
            List<String> redirects,
            List<ShellCommand> out) {
        int k = 0;
        List<String> wrappers = null; // made for the few commands behind a wrapper
        while (k < words.size()) {
            String w = words.get(k).value();
            if (KEYWORDS.contains(w)) {
                k++;
                continue;
            }
            if (isAssignment(w)) {
                k++;
                continue;
            }
            String base = baseName(w);
            if (WRAPPERS.contains(base)) {
                if (wrappers == null) wrappers = new ArrayList<>(2);
                wrappers.add(base);
                k++;
                // Options of the wrapper (sudo -u user, env -i A=b, timeout 10, xargs -n1, gosu user).
                while (k < words.size() && words.get(k).value().startsWith("-")) {
                    String o = words.get(k++).value();
                    if (base.equals("sudo") && (o.equals("-u") || o.equals("-g"))) k++;
                }
                while (base.equals("env")
                        && k < words.size()
                        && isAssignment(words.get(k).value())) k++;
                if (WRAPPER_OPERAND.contains(base) && k < words.size()) k++;
                continue;
            }
            break;
        }
        if (k >= words.size()) return;
        ShellCommand.Word first = words.get(k);
        String name = baseName(first.value());
        List<ShellCommand.Word> argWords = words.subList(k + 1, words.size());
        // A loop, not a stream: once per command of every RUN (the stream's objects were a third of this method's
        // allocation under C1, 2026-12-06). Unmodifiable, and null-tolerant in queries, as Stream.toList() is.
        String[] values = new String[argWords.size()];
        for (int a = 0; a < values.length; a++) values[a] = argWords.get(a).value();
        List<String> args = java.util.Collections.unmodifiableList(java.util.Arrays.asList(values));
        ShellCommand.Word last = words.get(words.size() - 1);
        out.add(new ShellCommand(
                name,
                args,
                List.copyOf(argWords),
                first.start(),
                last.end(),
                wrappers == null ? List.of() : List.copyOf(wrappers),
                pipeline,
                nested,
                List.copyOf(redirects),
                subshell,
                new ShellCommand.Readings()));
        // sh -c 'script': the string is a script of its own.
        if (SHELLS.contains(name)) {
            for (int a = 0; a < argWords.size() - 1; a++) {
                String opt = argWords.get(a).value();
                if (opt.startsWith("-") && !opt.startsWith("--") && opt.indexOf('c') > 0) {
                    ShellCommand.Word script = argWords.get(a + 1);
                    int quoteShift =
                            script.raw().startsWith("'") || script.raw().startsWith("\"") ? 1 : 0;
                    List<String> innerSeps = new ArrayList<>();
                    parseInto(script.value(), script.start() + quoteShift, true, out, innerSeps);
                    break;
                }
            }
        }
    }

    private static boolean isAssignment(String w) {
        int eq = w.indexOf('=');
        if (eq <= 0) return false;
        for (int i = 0; i < eq; i++) {
            char c = w.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_') || (i == 0 && Character.isDigit(c))) return false;
        }
        return true;
    }

    static String baseName(String program) {
        return program.substring(program.lastIndexOf('/') + 1);
    }
}
