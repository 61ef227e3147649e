package dev.imgslim.script;

import dev.imgslim.script.PackageOperation.PackageRef;
import dev.imgslim.script.PackageOperation.PackageRef.Source;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How each package manager writes a package operand: with a version ({@code gcc=12.2}, {@code flask==3.0},
 * {@code lodash@4}), or as something other than a name to look up (a file, a URL, apt's {@code pkg/release},
 * rpm's {@code @group}).
 */
final class PackageSpecs {
    /** rpm's name-version: a dash followed by a digit ({@code httpd-2.4.6}, {@code nginx-1:1.20.1}). */
    private static final Pattern RPM_VERSION = Pattern.compile("(.+?)-([0-9].*)");
    /** PEP 508: name, optional [extras], then a version constraint (a single {@code =} is read as one too). */
    private static final Pattern PYTHON =
            Pattern.compile("([A-Za-z0-9._-]+)(\\[[^\\]]*\\])?\\s*((?:==|>=|<=|~=|!=|===|<|>|=).*)?");
    /** Versions that move: npm's dist-tags, Go's version queries and branches. */
    private static final Set<String> NPM_TAGS = Set.of("latest", "next", "beta", "canary", "nightly", "");

    private static final Set<String> GO_QUERIES = Set.of("latest", "master", "main", "head", "upgrade", "patch");

    private PackageSpecs() {}

    /** A name and a version as written (null when none). */
    private record NameVersion(String name, String version) {}

    static PackageRef parse(PackageManager m, String verb, ShellCommand.Word w) {
        String s = w.value();
        NameVersion nv = nameVersion(m, verb, s);
        return new PackageRef(nv.name(), nv.version(), floating(m, nv.version()), source(m, verb, s, nv), w);
    }

    private static NameVersion nameVersion(PackageManager m, String verb, String s) {
        switch (m) {
            case APT_GET:
            case APT: {
                String name = cut(s, "=");
                String version = name.length() < s.length() ? s.substring(name.length() + 1) : null;
                if (version == null && s.contains("/") && !s.startsWith("/") && !s.startsWith(".")) {
                    name = s.substring(0, s.indexOf('/')); // pkg/bookworm-backports: a release, not a version
                }
                int arch = name.indexOf(':');
                return new NameVersion(arch > 0 ? name.substring(0, arch) : name, version);
            }
            case APK:
                return operator(s, "=", "~", ">", "<");
            case ZYPPER:
                return operator(s, "=", ">", "<");
            case YUM:
            case DNF:
            case MICRODNF: {
                if ("module install".equals(verb)) return split(s, s.indexOf(':')); // nodejs:18, the stream
                Matcher v = RPM_VERSION.matcher(s);
                return v.matches() ? new NameVersion(v.group(1), v.group(2)) : new NameVersion(s, null);
            }
            case PIP:
            case UV:
            case POETRY: {
                Matcher p = PYTHON.matcher(s);
                return p.matches() ? new NameVersion(p.group(1), p.group(3)) : new NameVersion(s, null);
            }
            case CONDA:
            case MAMBA:
            case MICROMAMBA:
                return operator(s, "==", "=", ">", "<");
            case NPM:
            case YARN:
            case PNPM:
            case GO:
                return split(s, s.indexOf('@', s.startsWith("@") ? 1 : 0));
            case GEM:
            case CARGO: {
                int colon = s.indexOf(':');
                return split(s, colon > 0 ? colon : s.indexOf('@'));
            }
            default:
                return new NameVersion(s, null);
        }
    }

    /** Where the operand comes from, when it is not a name to look up in the manager's index. */
    private static Source source(PackageManager m, String verb, String s, NameVersion nv) {
        if (s.contains("://")) return Source.REMOTE;
        if (s.startsWith("/") || s.startsWith("./") || s.startsWith("../") || s.startsWith("~")) return Source.FILE;
        String lower = s.toLowerCase(Locale.ROOT);
        switch (m) {
            case APT_GET:
            case APT:
                if (lower.endsWith(".deb") || (s.startsWith(".") && s.contains("/"))) return Source.FILE;
                return s.contains("/") ? Source.RELEASE : Source.INDEX;
            case APK:
                return lower.endsWith(".apk") ? Source.FILE : Source.INDEX;
            case ZYPPER:
                return lower.endsWith(".rpm") ? Source.FILE : Source.INDEX;
            case YUM:
            case DNF:
            case MICRODNF:
                if ("module install".equals(verb)) return Source.INDEX;
                if (lower.endsWith(".rpm")) return Source.FILE;
                // @group, groupinstall's group names, and provides such as 'dnf-command(config-manager)'
                return s.startsWith("@") || s.contains("(") || "groupinstall".equals(verb)
                        ? Source.GROUP
                        : Source.INDEX;
            case PIP:
            case UV:
            case POETRY:
                if (s.contains("@")) return Source.REMOTE; // name @ url: a direct reference
                return s.contains("/") || s.startsWith(".") || archive(lower, ".whl", ".tar.gz", ".zip")
                        ? Source.FILE
                        : Source.INDEX;
            case NPM:
            case YARN:
            case PNPM:
                if (nv.version() != null || s.startsWith("@")) return Source.INDEX; // name@version, @scope/name
                if (s.startsWith(".") || lower.startsWith("file:") || archive(lower, ".tgz", ".tar.gz"))
                    return Source.FILE;
                return s.contains("/") || s.contains(":") ? Source.REMOTE : Source.INDEX; // user/repo, github:x/y
            case GEM:
                return lower.endsWith(".gem") ? Source.FILE : Source.INDEX;
            default:
                return Source.INDEX;
        }
    }

    private static boolean archive(String lower, String... extensions) {
        for (String e : extensions) if (lower.endsWith(e)) return true;
        return false;
    }

    private static boolean floating(PackageManager m, String version) {
        if (version == null) return false;
        switch (m) {
            case NPM:
            case YARN:
            case PNPM:
                return NPM_TAGS.contains(version);
            case GO:
                return GO_QUERIES.contains(version.toLowerCase(Locale.ROOT));
            default:
                return false;
        }
    }

    /** The name before the first of {@code ops}; the version is the rest (operator included unless it is {@code =}). */
    private static NameVersion operator(String s, String... ops) {
        int best = -1;
        for (String op : ops) {
            int k = s.indexOf(op);
            if (k > 0 && (best < 0 || k < best)) best = k;
        }
        if (best < 0) return new NameVersion(s, null);
        String version = s.substring(best);
        if (version.startsWith("==")) version = version.substring(2);
        else if (version.startsWith("=")) version = version.substring(1);
        return new NameVersion(s.substring(0, best), version);
    }

    /** Name before {@code at}, version after it; the whole word as the name when {@code at} is not inside it. */
    private static NameVersion split(String s, int at) {
        return at > 0 ? new NameVersion(s.substring(0, at), s.substring(at + 1)) : new NameVersion(s, null);
    }

    private static String cut(String s, String sep) {
        int k = s.indexOf(sep);
        return k > 0 ? s.substring(0, k) : s;
    }
}
