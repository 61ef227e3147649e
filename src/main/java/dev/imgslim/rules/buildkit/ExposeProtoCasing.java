package dev.imgslim.rules.buildkit;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.config.Severity;

/**
 * BuildKit's ExposeProtoCasing: the protocol of an EXPOSE port ({@code 80/TCP}) should be lower case.
 * BuildKit lower-cases it anyway; other tools reading the Dockerfile may not.
 *
 * <p>Deliberately not flagged: ports whose variables are not known here.
 */
public final class ExposeProtoCasing implements Rule {
    public static final RuleMeta META = new RuleMeta("IS518", "expose-proto-casing", Severity.WARNING, Category.STYLE,
            "Protocol in EXPOSE instruction should be lowercase").withAliases("ExposeProtoCasing");

    @Override
    public RuleMeta meta() { return META; }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage s : ctx.model().stages()) {
            for (ExposePorts.Port p : ExposePorts.of(s, ctx.file().escape())) {
                String container = ExposePorts.split(p.value())[2];
                int slash = container.indexOf('/');
                if (slash < 0) continue;
                String proto = container.substring(slash + 1);
                if (Bk.isLower(proto)) continue;
                out.report(META, Bk.word(p.ins(), p.raw()), "Defined protocol '" + p.value() + "' in EXPOSE instruction should be lowercase");
            }
        }
    }
}
