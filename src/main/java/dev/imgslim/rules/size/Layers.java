package dev.imgslim.rules.size;

import dev.imgslim.build.Variables;
import dev.imgslim.script.ShellCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small helpers shared by the layer rules: paths, variables, stage lineage. Package-private on purpose. */
final class Layers {
    private Layers() {}

    /**
     * Expands {@code $VAR}, {@code ${VAR}} and a leading {@code ~} with the stage's ARG/ENV values;
     * {@code HOME} defaults to {@code /root}. Null when a variable stays unknown or the word holds a
     * command substitution.
     */
    static String expand(String word, Variables vars) {
        if (word == null) return null;
        // Most words hold no $, no backtick and no ~: returned as they are after three char scans.
        if (word.indexOf('$') < 0 && word.indexOf('`') < 0 && !word.startsWith("~")) return word;
        if (word.contains("$(") || word.contains("`")) return null;
        // Most words hold no variable: returned as they are, without a matcher (a RUN of 64k commands asks 100k times).
        boolean home = word.startsWith("~/") || word.equals("~");
        if (!home && word.indexOf('$') < 0) return word;
        String w = home ? "$HOME" + word.substring(1) : word;
        // A scan, not a pattern: asked of every operand of every command. $NAME, ${NAME} and
        // ${NAME<op>word} (op one of - = + ? after an optional colon) give NAME's value; any other $
        // leaves the word unknown.
        StringBuilder out = new StringBuilder(w.length() + 16);
        int n = w.length();
        int i = 0;
        for (int d = w.indexOf('$'); d >= 0; d = w.indexOf('$', i)) {
            out.append(w, i, d);
            boolean braced = d + 1 < n && w.charAt(d + 1) == '{';
            int nameStart = braced ? d + 2 : d + 1;
            int nameEnd = nameEnd(w, nameStart);
            if (nameEnd == nameStart) return null;
            i = nameEnd;
            if (braced) {
                int k = nameEnd;
                if (k < n && w.charAt(k) == ':') k++;
                if (k < n && w.charAt(k) != '}' && "-=+?".indexOf(w.charAt(k)) >= 0) k = w.indexOf('}', k + 1);
                else if (k != nameEnd || k >= n || w.charAt(k) != '}') return null;
                if (k < 0) return null;
                i = k + 1;
            }
            String name = w.substring(nameStart, nameEnd);
            String value = vars == null ? null : vars.get(name);
            if (value == null && name.equals("HOME")) value = "/root";
            if (value == null || value.indexOf('$') >= 0) return null;
            out.append(value);
        }
        return out.append(w, i, n).toString();
    }

    /** The end of the variable name that starts at {@code start} ({@code [A-Za-z_][A-Za-z0-9_]*}); {@code start} when there is none. */
    private static int nameEnd(String w, int start) {
        int k = start;
        while (k < w.length()) {
            char c = w.charAt(k);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            if (!letter && (k == start || c < '0' || c > '9')) break;
            k++;
        }
        return k;
    }

    /** {@code path} made absolute against {@code cwd} (null when relative and the working directory is unknown), and normalised ({@code .}, {@code ..}, doubled and trailing slashes). */
    static String resolve(String path, String cwd) {
        if (path == null || path.isEmpty()) return null;
        if (!path.startsWith("/") && cwd == null) return null;
        String p = path.startsWith("/") ? path : cwd + "/" + path;
        return isNormal(p) ? p : normalise(p);
    }

    /**
     * {@code p}'s parts joined under {@code /}, leaving out empty and {@code .} parts, {@code ..} dropping the
     * part before it. Written into one builder (a split, a deque and a join were 2.5 % of what a 10,000-file
     * lint allocated).
     */
    private static String normalise(String p) {
        int n = p.length();
        StringBuilder out = new StringBuilder(n + 1);
        int[] partStarts = new int[n / 2 + 1]; // where each kept part begins in out, to drop it on ".."
        int kept = 0;
        for (int start = 0; start <= n; ) {
            int end = p.indexOf('/', start);
            if (end < 0) end = n;
            int len = end - start;
            boolean dot = len == 1 && p.charAt(start) == '.';
            boolean dotDot = len == 2 && p.charAt(start) == '.' && p.charAt(start + 1) == '.';
            if (dotDot) {
                if (kept > 0) out.setLength(partStarts[--kept]);
            } else if (len > 0 && !dot) {
                partStarts[kept++] = out.length();
                out.append('/').append(p, start, end);
            }
            start = end + 1;
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    /** True when {@code p} is absolute and has no empty, {@code .} or {@code ..} part: {@link #resolve} would return it as it is. */
    private static boolean isNormal(String p) {
        int n = p.length();
        if (n < 2 || p.charAt(0) != '/') return false;
        int start = 1;
        for (int i = 1; i <= n; i++) {
            if (i < n && p.charAt(i) != '/') continue;
            int len = i - start;
            if (len == 0 || (len == 1 && p.charAt(start) == '.') || (len == 2 && p.startsWith("..", start)))
                return false;
            start = i + 1;
        }
        return true;
    }

    /** True when the removed path (maybe a glob like {@code /x/*} or {@code /x/*.tar}) covers {@code path}. */
    static boolean covers(String removed, String path) {
        if (removed.equals("/")) return false;
        if (removed.indexOf('*') >= 0 || removed.indexOf('?') >= 0 || removed.indexOf('[') >= 0) {
            String glob = removed.endsWith("/*") ? removed.substring(0, removed.length() - 2) : null;
            // rm -rf /x/* empties /x: it covers what was added at /x and below.
            if (glob != null && glob.indexOf('*') < 0 && glob.indexOf('?') < 0)
                return path.equals(glob) || path.startsWith(glob + "/");
            return globMatches(removed, path) || prefixGlobMatches(removed, path);
        }
        return path.equals(removed) || path.startsWith(removed + "/");
    }

    /** True when {@code path} lies strictly inside {@code dir}. */
    static boolean inside(String path, String dir) {
        return !path.equals(dir) && path.startsWith(dir.equals("/") ? "/" : dir + "/");
    }

    private static boolean prefixGlobMatches(String glob, String path) {
        // /opt/app-* covers /opt/app-1/bin: match the glob against each ancestor of path.
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            if (globMatches(glob, path.substring(0, i))) return true;
        }
        return false;
    }

    /**
     * True when the shell glob matches the whole of {@code text}: {@code *} any run and {@code ?} any one
     * character but {@code /}, every other character itself. A table over (glob, text) prefixes, so the cost
     * is their product: a regular expression of {@code [^/]*} per star backtracked exponentially on a glob
     * of many stars ({@code rm -rf /tmp/*************b} over a long added path ran for minutes).
     */
    static boolean globMatches(String glob, String text) {
        int n = text.length();
        // matched[j]: the glob read so far matches the first j characters of text
        boolean[] matched = new boolean[n + 1];
        boolean[] next = new boolean[n + 1];
        matched[0] = true;
        for (int i = 0; i < glob.length(); i++) {
            char g = glob.charAt(i);
            next[0] = g == '*' && matched[0];
            for (int j = 1; j <= n; j++) {
                char c = text.charAt(j - 1);
                next[j] = switch (g) {
                    case '*' -> matched[j] || (c != '/' && next[j - 1]);
                    case '?' -> c != '/' && matched[j - 1];
                    default -> c == g && matched[j - 1];
                };
            }
            boolean[] t = matched;
            matched = next;
            next = t;
        }
        return matched[n];
    }

    static String baseName(String path) {
        String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        int q = p.indexOf('?');
        if (q > 0) p = p.substring(0, q);
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** The value of an option given as {@code -o x}, {@code -ox}, {@code --output x} or {@code --output=x}. */
    static String option(ShellCommand c, List<String> shortNames, List<String> longNames) {
        List<String> a = c.args();
        for (int i = 0; i < a.size(); i++) {
            String arg = a.get(i);
            for (String l : longNames) {
                if (arg.equals(l) && i + 1 < a.size()) return a.get(i + 1);
                if (arg.length() > l.length() && arg.charAt(l.length()) == '=' && arg.startsWith(l))
                    return arg.substring(l.length() + 1);
            }
            for (String s : shortNames) {
                if (arg.equals(s) && i + 1 < a.size()) return a.get(i + 1);
                if (arg.startsWith(s) && arg.length() > s.length() && !arg.startsWith("--"))
                    return arg.substring(s.length());
            }
        }
        return null;
    }

    /** A variable (ARG or ENV) set to a truthy value: {@code 1}, {@code true}, {@code yes}, {@code on}. */
    static boolean truthy(Variables vars, String name) {
        if (vars == null || !vars.isDefined(name)) return false;
        String v = vars.get(name);
        if (v == null) return false;
        v = v.trim().toLowerCase(Locale.ROOT);
        return v.equals("1") || v.equals("true") || v.equals("yes") || v.equals("on");
    }

    /** A command of a RUN together with the directory it runs in (null when a {@code cd} could not be followed). */
    record Located(ShellCommand command, String here) {}

    /**
     * Every command of a RUN except {@code cd}, with the directory each {@code cd} moved to. A list to loop
     * over, not a visitor callback: each caller's lambda cost ~0.1 ms of linking on a one-file lint (start-up).
     */
    static List<Located> located(dev.imgslim.rules.RunView run, String cwd, Variables vars) {
        List<Located> out = new ArrayList<>(run.commands().size());
        String here = cwd;
        for (ShellCommand c : run.commands()) {
            if (c.is("cd") && !c.nonOptions().isEmpty()) {
                String d = expand(c.nonOptions().get(0), vars);
                here = d == null ? null : resolve(d, here);
                continue;
            }
            out.add(new Located(c, here));
        }
        return out;
    }

    /** An operand such as {@code $APP/dist} as an absolute path from {@code here}, or null when unknown. */
    static String operand(String word, String here, Variables vars) {
        String e = expand(word, vars);
        return e == null ? null : resolve(e, here);
    }

    /**
     * Where a COPY/ADD source is written: the span of its source word (the parser's position, never a
     * search of the text); the keyword when the source is not one of the instruction's words.
     */
    static dev.imgslim.syntax.Span sourceSpan(dev.imgslim.syntax.Instruction ins, String source) {
        if (ins instanceof dev.imgslim.syntax.FileTransfer t) {
            for (dev.imgslim.syntax.Word w : t.sources()) if (w.text().equals(source)) return w.span();
        }
        return ins.keywordSpan();
    }
}
