package dev.imgslim.rules;

import dev.imgslim.syntax.Comment;
import dev.imgslim.syntax.Directive;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline ignores, read once per file and applied after all rules ran (no rule reads a pragma):
 * <ul>
 *   <li>{@code # imgslim ignore=name,CODE} and {@code # hadolint ignore=DL3008}: the next instruction;</li>
 *   <li>{@code # imgslim global ignore=...} and {@code # hadolint global ignore=...}: the whole file;</li>
 *   <li>BuildKit's {@code # check=skip=Rule,...} parser directive (whole file, {@code all} skips every
 *       BuildKit check) and the same text as a comment right above an instruction.</li>
 * </ul>
 * Anything after a second {@code #} is the reason and is ignored.
 */
final class Suppressions {
    private static final Pattern PRAGMA =
            Pattern.compile("^(imgslim|hadolint)\\s+(global\\s+)?ignore\\s*=\\s*([^#]*)(#.*)?$");
    private static final Pattern CHECK_SKIP = Pattern.compile("^check\\s*=\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    private record Scope(int firstLine, int lastLine, List<String> ids, boolean buildkitOnly) {}

    private final List<Scope> scopes = new ArrayList<>();

    Suppressions(Dockerfile file) {
        Optional<Directive> check = file.directive("check");
        if (check.isPresent()) addCheckSkip(check.get().value(), 1, Integer.MAX_VALUE);
        for (Comment c : file.comments()) {
            String text = c.text();
            if (!mayBePragma(text)) continue; // most comments: no instruction lookup, no pattern run
            Instruction next = nextInstruction(file, c.line());
            Span span = next == null ? null : next.span();
            int first = span == null ? -1 : span.startLine();
            int last = span == null ? -1 : span.endLine();
            Matcher m = PRAGMA.matcher(text);
            if (m.matches()) {
                List<String> ids = ids(m.group(3));
                if (m.group(2) != null) scopes.add(new Scope(1, Integer.MAX_VALUE, ids, false));
                else if (next != null) scopes.add(new Scope(first, last, ids, false));
                continue;
            }
            Matcher k = CHECK_SKIP.matcher(text);
            if (k.matches() && next != null) addCheckSkip(k.group(1), first, last);
        }
    }

    /**
     * False only for text neither {@link #PRAGMA} nor {@link #CHECK_SKIP} can match (both are anchored at
     * the start): a file's ordinary comments then cost no binary search and no matcher (the loop was ~2 %
     * of a 10,000-file lint's CPU). The case-insensitive test is looser than the pattern's ASCII folding,
     * never stricter.
     */
    static boolean mayBePragma(String text) {
        return text.startsWith("imgslim") || text.startsWith("hadolint") || text.regionMatches(true, 0, "check", 0, 5);
    }

    private void addCheckSkip(String value, int first, int last) {
        // check=skip=A,B;error=true
        for (String part : value.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("skip=")) {
                scopes.add(new Scope(first, last, ids(p.substring(5)), true));
            }
        }
    }

    private static List<String> ids(String list) {
        List<String> out = new ArrayList<>();
        for (String s : list.split(",")) if (!s.isBlank()) out.add(s.trim());
        return out;
    }

    /** The first instruction that starts after {@code line} (instructions are in line order: a binary search). */
    private static Instruction nextInstruction(Dockerfile file, int line) {
        List<Instruction> all = file.instructions();
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).line() > line) hi = mid;
            else lo = mid + 1;
        }
        return lo < all.size() ? all.get(lo) : null;
    }

    boolean suppresses(Finding f) {
        for (Scope s : scopes) {
            if (f.line() < s.firstLine() || f.line() > s.lastLine()) continue;
            for (String id : s.ids()) {
                if (s.buildkitOnly()) {
                    if (id.equalsIgnoreCase("all")
                            ? isBuildKitCheck(f.rule())
                            : f.rule().isNamed(id)) return true;
                } else if (f.rule().isNamed(id)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** BuildKit checks carry their CamelCase BuildKit name as an alias. */
    private static boolean isBuildKitCheck(RuleMeta rule) {
        return rule.aliases().stream()
                .anyMatch(a -> !a.isEmpty() && Character.isUpperCase(a.charAt(0)) && !a.matches("[A-Z]{2}\\d+"));
    }
}
