package dev.imgslim.rules.input;

import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.syntax.Comment;
import dev.imgslim.syntax.InstructionValidator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code # imgslim ignore=no-such-rule}: the comment silences nothing, and the finding it was meant
 * for still shows (or, after a rename, a typo hides nothing). Only imgslim's own comments are checked:
 * {@code # hadolint ignore=DL3059} may name hadolint checks imgslim does not have, and is left alone.
 */
public final class IgnoreUnknownRule extends CommentRule {
    private static final Pattern PRAGMA = Pattern.compile("^imgslim\\s+(global\\s+)?ignore\\s*=\\s*([^#]*)(#.*)?$");
    private static final Pattern SHELLCHECK_CODE = Pattern.compile("(?i)SC\\d{4}");

    @Override
    Pattern pattern() {
        return PRAGMA;
    }

    @Override
    void check(Comment c, Matcher m, LintContext ctx, FindingSink out) {
        for (String id : m.group(2).split(",")) {
            String name = id.trim();
            if (name.isEmpty() || known(name)) continue;
            String hint = nearest(name);
            out.report(
                    ctx.file().source().lines(c.line(), c.line()),
                    "'" + name + "' is not a rule" + (hint == null ? "" : " (did you mean '" + hint + "'?)")
                            + "; this comment silences nothing for it");
        }
    }

    private static boolean known(String id) {
        if (SHELLCHECK_CODE.matcher(id).matches()) return true;
        for (Rule r : BuiltinRules.all()) if (r.meta().isNamed(id)) return true;
        return false;
    }

    private static String nearest(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Math.max(2, id.length() / 3) + 1;
        for (Rule r : BuiltinRules.all()) {
            for (String known : names(r.meta())) {
                int d = InstructionValidator.distance(lower, known.toLowerCase(Locale.ROOT));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = known;
                }
            }
        }
        return best;
    }

    private static java.util.List<String> names(RuleMeta m) {
        java.util.List<String> all = new java.util.ArrayList<>(m.aliases());
        all.add(0, m.name());
        all.add(1, m.code());
        return all;
    }
}
