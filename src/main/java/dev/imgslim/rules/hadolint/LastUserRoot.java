package dev.imgslim.rules.hadolint;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.StageRule;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.User;
import java.util.List;

/**
 * The final image's last {@code USER} is root ({@code root}, {@code 0}, {@code root:group}, {@code 0:0}),
 * so containers run as root by default. The final stage is searched first, then the stages it is built
 * FROM. Deliberately not flagged: builder stages (their user never ships), images with no USER at all
 * (the base image decides; we cannot see it), and users given by unresolved variables.
 */
public final class LastUserRoot extends StageRule {
    @Override
    public void visit(Stage fin, LintContext ctx, FindingSink out) {
        if (!fin.isFinal()) return;
        for (Stage s = fin; s != null; s = s.parent()) {
            List<Instruction> ins = s.instructions();
            for (int i = ins.size() - 1; i >= 0; i--) {
                if (!(ins.get(i) instanceof User u) || u.user().isEmpty()) continue;
                String user =
                        Support.expand(ctx, s, u, u.user().get().text().trim()).orElse(null);
                if (user == null) return;
                String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
                if (name.equals("root") || name.equals("0")) {
                    out.report(
                            u.user().get().span(),
                            "the final image runs as '" + user
                                    + "'; switch to an unprivileged user with a last USER instruction");
                }
                return;
            }
        }
    }
}
