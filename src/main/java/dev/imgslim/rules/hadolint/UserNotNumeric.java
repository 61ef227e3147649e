package dev.imgslim.rules.hadolint;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.FileRule;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.syntax.Instruction;
import java.util.List;

/**
 * The final image's last {@code USER} is a name ({@code USER app}, {@code USER app:app}), not a numeric
 * id: a host or orchestrator that checks the user without reading the image's {@code /etc/passwd}
 * cannot resolve it (Kubernetes {@code runAsNonRoot} refuses such a container: "image has non-numeric
 * user, cannot verify user is non-root").
 *
 * <p>Off by default: most deployments never need it, and on the real corpus almost every named user is
 * one the Dockerfile creates itself, often with a fixed UID beside it (see the rule page). Deliberately
 * not flagged: {@code root} (last-user-root reports it), builder stages and earlier USER lines (a build
 * may switch users freely), users given by variables that are not known, Windows images
 * ({@code ContainerUser}: Windows has no numeric uids, and Kubernetes checks {@code runAsUserName} there).
 */
public final class UserNotNumeric extends FileRule {
    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage s = ctx.model().finalStage(); s != null; s = s.parent()) {
            if (s.isWindows()) return;
            List<Instruction> ins = s.instructions();
            for (int i = ins.size() - 1; i >= 0; i--) {
                Instruction u = ins.get(i);
                if (!u.is("USER") || u.args().isEmpty()) continue;
                String user = Support.expand(ctx, s, u, u.args().get(0).trim()).orElse(null);
                if (user == null) return;
                int colon = user.indexOf(':');
                String name = colon >= 0 ? user.substring(0, colon) : user;
                String group = colon >= 0 ? user.substring(colon + 1) : null;
                if (name.equals("root") || name.equals("0")) return;
                boolean numeric = name.matches("\\d+") && (group == null || group.matches("\\d+"));
                if (!numeric) {
                    out.report(
                            u.argWords().get(0).span(),
                            "the final image runs as '" + user + "', a name: a host that checks the user"
                                    + " without the image's /etc/passwd (Kubernetes runAsNonRoot) cannot verify it;"
                                    + " write its numeric id (USER 10001" + (group != null ? ":10001" : "") + ")");
                }
                return;
            }
        }
    }
}
