package dev.imgslim.rules;

import dev.imgslim.config.Severity;
import java.util.List;

/**
 * Everything the engine, the docs and the reporters need to know about a rule, in one constant.
 *
 * @param code     stable code such as {@code IS301}; users may name it anywhere the name is accepted
 * @param name     stable kebab-case name such as {@code apt-lists-not-removed}
 * @param aliases  other names accepted in ignores: hadolint codes ({@code DL3009}), BuildKit check names
 * @param summary  one sentence, no trailing period; the default message and the headline of the rule page
 * @param fix      the kind of fix the rule attaches to its findings ({@code imgslim fix}); null when it has none
 * @param offByDefault true for a rule that runs only when enabled ({@code enable:} in {@code .imgslim.yaml},
 *                 {@code lint --enable}): checks that are a matter of policy or too noisy for everyone
 */
public record RuleMeta(
        String code,
        String name,
        Severity severity,
        Category category,
        String summary,
        List<String> aliases,
        Fix.Safety fix,
        boolean offByDefault) {

    /** A rule without a fix that runs by default: {@link #withFix} and {@link #withOffByDefault} add the rest. */
    public RuleMeta(String code, String name, Severity severity, Category category, String summary) {
        this(code, name, severity, category, summary, List.of());
    }

    public RuleMeta(
            String code, String name, Severity severity, Category category, String summary, List<String> aliases) {
        this(code, name, severity, category, summary, aliases, null, false);
    }

    public RuleMeta withAliases(String... more) {
        return new RuleMeta(code, name, severity, category, summary, List.of(more), fix, offByDefault);
    }

    /** Declares that the rule's findings carry fixes of this kind (the engine drops fixes a rule did not declare). */
    public RuleMeta withFix(Fix.Safety kind) {
        return new RuleMeta(code, name, severity, category, summary, aliases, kind, offByDefault);
    }

    /** Declares that the rule runs only when enabled ({@code enable:} in the config, {@code lint --enable}). */
    public RuleMeta withOffByDefault() {
        return new RuleMeta(code, name, severity, category, summary, aliases, fix, true);
    }

    /** True when {@code id} names this rule by code, name or alias (case-insensitive). */
    public boolean isNamed(String id) {
        if (code.equalsIgnoreCase(id) || name.equalsIgnoreCase(id)) return true;
        for (String a : aliases) if (a.equalsIgnoreCase(id)) return true;
        return false;
    }
}
