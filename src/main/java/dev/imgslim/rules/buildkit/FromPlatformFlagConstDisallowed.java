package dev.imgslim.rules.buildkit;

import dev.imgslim.rules.FindingSink;
import dev.imgslim.rules.Node;
import dev.imgslim.shell.ShellWordResult;
import dev.imgslim.syntax.From;
import dev.imgslim.syntax.Word;
import java.util.Locale;
import java.util.Set;

/**
 * BuildKit's FromPlatformFlagConstDisallowed: {@code FROM --platform=linux/amd64} pins a stage to one
 * platform, so a multi-platform build silently builds that stage for the wrong one (use
 * {@code $BUILDPLATFORM} / {@code $TARGETPLATFORM}).
 *
 * <p>Deliberately not flagged, as in BuildKit: values with any variable; values that do not parse as a
 * platform (the build fails on those anyway); stages whose name contains the OS or architecture
 * ({@code FROM --platform=linux/arm64 alpine AS build-arm64} is deliberate).
 */
public final class FromPlatformFlagConstDisallowed extends PlatformRule {
    private static final Set<String> OSES = Set.of(
            "aix",
            "android",
            "darwin",
            "dragonfly",
            "freebsd",
            "hurd",
            "illumos",
            "ios",
            "js",
            "linux",
            "nacl",
            "netbsd",
            "openbsd",
            "plan9",
            "solaris",
            "windows",
            "zos",
            "wasip1");
    private static final Set<String> ARCHES = Set.of(
            "386",
            "amd64",
            "amd64p32",
            "arm",
            "armbe",
            "arm64",
            "arm64be",
            "ppc64",
            "ppc64le",
            "loong64",
            "mips",
            "mipsle",
            "mips64",
            "mips64le",
            "mips64p32",
            "mips64p32le",
            "ppc",
            "riscv",
            "riscv64",
            "s390",
            "s390x",
            "sparc",
            "sparc64",
            "wasm");

    @Override
    void check(Word platform, Node<From> node, FindingSink out) {
        ShellWordResult r = Bk.process(
                platform.text(), java.util.Map.of(), node.context().file().escape());
        // Any substitution means the value is not a constant.
        if (r == null || !r.matched().isEmpty() || !r.unmatched().isEmpty()) return;
        String v = r.word();
        String[] osArch = parse(v);
        if (osArch == null) return;
        String stage = node.stage().name() == null ? "" : node.stage().name().toLowerCase(Locale.ROOT);
        if (stage.contains(osArch[0]) || stage.contains(osArch[1])) return;
        out.report(
                Bk.flagSpan(node.value(), "platform"),
                "FROM --platform flag should not use constant value " + Bk.quote(v));
    }

    /** containerd's platforms.Parse, reduced to OS and architecture; null when it would fail. */
    static String[] parse(String spec) {
        String s = spec;
        int paren = s.indexOf('(');
        if (paren >= 0) {
            int close = s.indexOf(')', paren);
            if (close < 0) return null;
            s = s.substring(0, paren) + s.substring(close + 1);
        }
        String[] parts = s.split("/", -1);
        for (String p : parts) if (!p.matches("[A-Za-z0-9_-]+")) return null;
        switch (parts.length) {
            case 1: {
                String os = parts[0].toLowerCase(Locale.ROOT);
                if (os.equals("macos")) os = "darwin";
                if (OSES.contains(os)) return new String[] {os, "amd64"};
                String arch = arch(parts[0]);
                if (ARCHES.contains(arch)) return new String[] {"linux", arch};
                return null;
            }
            case 2:
            case 3: {
                String os = parts[0].toLowerCase(Locale.ROOT);
                if (os.equals("macos")) os = "darwin";
                return new String[] {os, arch(parts[1])};
            }
            default:
                return null;
        }
    }

    private static String arch(String a) {
        switch (a.toLowerCase(Locale.ROOT)) {
            case "i386":
                return "386";
            case "x86_64":
            case "x86-64":
            case "amd64":
                return "amd64";
            case "aarch64":
            case "arm64":
                return "arm64";
            case "armhf":
            case "armel":
            case "arm":
                return "arm";
            default:
                return a.toLowerCase(Locale.ROOT);
        }
    }
}
