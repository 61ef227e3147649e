package dev.imgslim.rules.hadolint;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.FileRule;
import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.LintContext;
import dev.imgslim.syntax.Word;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code FROM --platform=linux/amd64 ...} with a fixed platform: the stage is built for that platform
 * whatever the builder is asked for, so a multi-platform build ({@code docker buildx build --platform
 * linux/amd64,linux/arm64}) silently ships the wrong architecture, and a native build on another
 * machine runs under emulation.
 *
 * <p>Deliberately not flagged: a value that uses a variable ({@code $BUILDPLATFORM},
 * {@code $TARGETPLATFORM}, or an ARG the user sets): that is how a stage is tied to the builder or the
 * target on purpose (cross-compiling builder stages); a Dockerfile made for one platform, whose path or
 * base image names that architecture ({@code release/mariner2-arm64/Dockerfile} with
 * {@code --platform=linux/arm64}, {@code FROM --platform=linux/arm/v7 arm32v7/ubuntu}): one file per
 * platform is a layout some projects choose, and the flag is what makes it build right on any machine.
 */
public final class FromPlatformFlag extends FileRule {
    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage s : ctx.model().stages()) {
            Word platform = s.fromInstruction().platform().orElse(null);
            if (platform == null || platform.text().contains("$")) continue;
            if (madeForPlatform(ctx, s, platform.text())) continue;
            out.report(
                    platform.span(),
                    "FROM --platform=" + platform.text() + " pins this stage to one platform whatever the build"
                            + " asks for; drop it, or use --platform=$BUILDPLATFORM for a cross-compiling builder stage");
        }
    }

    /** How projects spell each architecture in folder, file and image names. */
    private static final Map<String, List<String>> SPELLINGS = Map.of(
            "amd64", List.of("amd64", "x86_64", "x86-64", "x64"),
            "arm64", List.of("arm64", "aarch64", "arm64v8"),
            "arm/v7", List.of("arm32v7", "armv7", "armhf", "arm32"),
            "arm/v6", List.of("arm32v6", "armv6", "armel"),
            "386", List.of("i386", "i686"),
            "ppc64le", List.of("ppc64le"),
            "s390x", List.of("s390x"),
            "riscv64", List.of("riscv64"));

    /** True when the Dockerfile's path or the stage's base image names the pinned platform's architecture. */
    private static boolean madeForPlatform(LintContext ctx, Stage s, String platform) {
        String p = platform.toLowerCase(Locale.ROOT);
        String arch = p.startsWith("linux/") ? p.substring("linux/".length()) : p;
        if (arch.equals("arm64/v8")) arch = "arm64";
        List<String> names = SPELLINGS.get(arch);
        if (names == null) return false;
        String where = (ctx.file().path() + " "
                        + (ctx.options().dockerfilePath() == null
                                ? ""
                                : ctx.options()
                                        .dockerfilePath()
                                        .toAbsolutePath()
                                        .toString())
                        + " " + s.baseText())
                .toLowerCase(Locale.ROOT);
        for (String n : names) {
            if (java.util.regex.Pattern.compile("(?<![a-z0-9])" + java.util.regex.Pattern.quote(n) + "(?![a-z0-9])")
                    .matcher(where)
                    .find()) return true;
        }
        return false;
    }
}
