package dev.imgslim.fix;

import dev.imgslim.rules.Fix;
import dev.imgslim.rules.RuleMeta;
import java.util.List;

/**
 * Which fixes a run applies: those of the selected rules (all when none is selected), minus the ignored
 * ones, and unsafe fixes only when asked for. Rules are named by code, name or alias ({@code DL3009}).
 */
public record FixSelection(List<String> select, List<String> ignore, boolean unsafe) {

    public FixSelection {
        select = List.copyOf(select);
        ignore = List.copyOf(ignore);
    }

    public static FixSelection safeOnly() {
        return new FixSelection(List.of(), List.of(), false);
    }

    public boolean wantsRule(RuleMeta rule) {
        for (String id : ignore) if (rule.isNamed(id)) return false;
        if (select.isEmpty()) return true;
        for (String id : select) if (rule.isNamed(id)) return true;
        return false;
    }

    public boolean accepts(RuleMeta rule, Fix fix) {
        return wantsRule(rule) && (fix.safety() == Fix.Safety.SAFE || unsafe);
    }
}
