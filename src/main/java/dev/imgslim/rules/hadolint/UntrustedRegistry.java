package dev.imgslim.rules.hadolint;

import dev.imgslim.build.ImageReference;
import dev.imgslim.build.Stage;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.StageRule;
import java.util.List;
import java.util.Locale;

/**
 * A FROM image from a registry outside the configured {@code trusted-registries}. Entries match the
 * registry host exactly ({@code docker.io} covers {@code python}, {@code index.docker.io} and
 * {@code registry-1.docker.io}) or by a leading wildcard ({@code *.example.com}). Quiet when the list
 * is empty (the default). Not flagged: scratch, stage names, and bases that cannot be resolved.
 */
public final class UntrustedRegistry extends StageRule {
    @Override
    public void visit(Stage s, LintContext ctx, FindingSink out) {
        List<String> trusted = ctx.config().trustedRegistries();
        if (trusted.isEmpty()) return;
        ImageReference ref = s.baseImage();
        if (ref == null || s.parent() != null || s.isScratch()) return;
        String domain = normal(ref.domain());
        if (trusted.stream().anyMatch(t -> matches(normal(t), domain))) return;
        out.report(
                Support.imageSpan(s),
                "image '" + s.baseExpansion().value() + "' comes from '" + domain
                        + "', which is not in trusted-registries (" + String.join(", ", trusted) + ")");
    }

    static String normal(String registry) {
        String r = registry.toLowerCase(Locale.ROOT).trim();
        if (r.equals("index.docker.io")
                || r.equals("registry-1.docker.io")
                || r.equals("registry.hub.docker.com")
                || r.equals("hub.docker.com")) return "docker.io";
        return r;
    }

    static boolean matches(String pattern, String domain) {
        if (pattern.startsWith("*.")) return domain.endsWith(pattern.substring(1));
        if (pattern.equals("*")) return true;
        return pattern.equals(domain);
    }
}
