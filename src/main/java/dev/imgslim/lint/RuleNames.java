package dev.imgslim.lint;

import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.syntax.InstructionValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule ids users may write in {@code --ignore}, {@code --severity}, {@code .imgslim.yaml} and
 * ignore comments: every rule's code, name and aliases, and ShellCheck's {@code SC1234} codes.
 */
public final class RuleNames {
    private static final Pattern SHELLCHECK_CODE = Pattern.compile("(?i)SC\\d{4}");

    private final List<String> ids;

    private RuleNames(List<String> ids) {
        this.ids = List.copyOf(ids);
    }

    public static RuleNames of(List<Rule> rules) {
        List<String> ids = new ArrayList<>();
        for (Rule r : rules) {
            RuleMeta m = r.meta();
            ids.add(m.code());
            ids.add(m.name());
            ids.addAll(m.aliases());
        }
        return new RuleNames(ids);
    }

    public static RuleNames builtin() {
        return of(BuiltinRules.all());
    }

    public boolean isKnown(String id) {
        if (SHELLCHECK_CODE.matcher(id).matches()) return true;
        for (String known : ids) if (known.equalsIgnoreCase(id)) return true;
        return false;
    }

    /** The nearest known id when it is close enough to be a typo. */
    public Optional<String> suggest(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Math.max(2, id.length() / 3) + 1;
        for (String known : ids) {
            int d = InstructionValidator.distance(lower, known.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "unknown rule 'x' (did you mean 'y'?)" or "unknown rule 'x' (see 'imgslim rules')". */
    public String unknownMessage(String id) {
        return "unknown rule '" + Printable.clean(id) + "'"
                + suggest(id).map(s -> " (did you mean '" + s + "'?)").orElse(" (see 'imgslim rules')");
    }
}
