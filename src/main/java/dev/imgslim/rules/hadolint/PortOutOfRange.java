package dev.imgslim.rules.hadolint;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.config.Severity;
import dev.imgslim.syntax.Instruction;

import java.util.List;

/**
 * {@code EXPOSE 80000}: ports are 0 to 65535. Ranges ({@code 8000-8010}) and protocols ({@code /udp}) are
 * understood; variables are expanded, and ports given by unresolved variables are not judged.
 */
public final class PortOutOfRange implements Rule {
    public static final RuleMeta META = new RuleMeta("IS633", "port-out-of-range", Severity.ERROR, Category.CORRECTNESS,
            "EXPOSE ports must be between 0 and 65535").withAliases("DL3011");

    @Override public RuleMeta meta() { return META; }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage s : ctx.model().stages()) {
            for (Instruction ins : s.instructions()) {
                if (!ins.is("EXPOSE")) continue;
                List<String> a = ins.args();
                for (int k = 0; k < a.size(); k++) {
                    String v = Support.expand(ctx, s, ins, a.get(k));
                    if (v == null) continue;
                    String port = v.contains("/") ? v.substring(0, v.indexOf('/')) : v;
                    for (String p : port.split("-")) {
                        if (!p.matches("\\d{1,12}")) continue;
                        if (Long.parseLong(p) > 65535) {
                            out.report(META, ins.argWords().get(k).span(), "port " + p + " is out of range (0-65535)");
                            break;
                        }
                    }
                }
            }
        }
    }
}
