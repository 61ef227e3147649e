package dev.imgslim.script;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How each package manager writes a package with a version: {@code gcc=12.2}, {@code flask==3.0}, {@code lodash@4}. */
final class PackageSpecs {
    /** rpm's name-version: a dash followed by a digit ({@code httpd-2.4.6}, {@code nginx-1:1.20.1}). */
    private static final Pattern RPM_VERSION = Pattern.compile("(.+?)-([0-9].*)");
    /** PEP 508: name, optional [extras], then a version constraint. */
    private static final Pattern PYTHON =
            Pattern.compile("([A-Za-z0-9._-]+)(\\[[^\\]]*\\])?\\s*((?:==|>=|<=|~=|!=|===|<|>).*)?");

    private PackageSpecs() {}

    static PackageOperation.PackageRef parse(PackageManager m, ShellCommand.Word w) {
        String s = w.value();
        switch (m) {
            case APT_GET:
            case APT: {
                String name = cut(s, "=");
                String version = name.length() < s.length() ? s.substring(name.length() + 1) : null;
                if (version == null && s.contains("/") && !s.startsWith("/") && !s.startsWith(".")) {
                    name = s.substring(0, s.indexOf('/')); // pkg/bookworm-backports: a release, not a version
                }
                int arch = name.indexOf(':');
                return new PackageOperation.PackageRef(arch > 0 ? name.substring(0, arch) : name, version, w);
            }
            case APK:
                return operator(s, w, "=", "~", ">", "<");
            case ZYPPER:
                return operator(s, w, "=", ">", "<");
            case YUM:
            case DNF:
            case MICRODNF: {
                Matcher v = RPM_VERSION.matcher(s);
                return v.matches()
                        ? new PackageOperation.PackageRef(v.group(1), v.group(2), w)
                        : new PackageOperation.PackageRef(s, null, w);
            }
            case PIP:
            case UV:
            case POETRY: {
                Matcher p = PYTHON.matcher(s);
                if (p.matches()) return new PackageOperation.PackageRef(p.group(1), p.group(3), w);
                return new PackageOperation.PackageRef(s, null, w);
            }
            case CONDA:
            case MAMBA:
            case MICROMAMBA:
                return operator(s, w, "==", "=", ">", "<");
            case NPM:
            case YARN:
            case PNPM:
            case GO: {
                int at = s.indexOf('@', s.startsWith("@") ? 1 : 0);
                return at > 0
                        ? new PackageOperation.PackageRef(s.substring(0, at), s.substring(at + 1), w)
                        : new PackageOperation.PackageRef(s, null, w);
            }
            case GEM:
            case CARGO: {
                int colon = s.indexOf(':');
                int at = s.indexOf('@');
                int cut = colon > 0 ? colon : at;
                return cut > 0
                        ? new PackageOperation.PackageRef(s.substring(0, cut), s.substring(cut + 1), w)
                        : new PackageOperation.PackageRef(s, null, w);
            }
            default:
                return new PackageOperation.PackageRef(s, null, w);
        }
    }

    /** The name before the first of {@code ops}; the version is the rest (operator included unless it is {@code =}). */
    private static PackageOperation.PackageRef operator(String s, ShellCommand.Word w, String... ops) {
        int best = -1;
        for (String op : ops) {
            int k = s.indexOf(op);
            if (k > 0 && (best < 0 || k < best)) best = k;
        }
        if (best < 0) return new PackageOperation.PackageRef(s, null, w);
        String version = s.substring(best);
        if (version.startsWith("==")) version = version.substring(2);
        else if (version.startsWith("=")) version = version.substring(1);
        return new PackageOperation.PackageRef(s.substring(0, best), version, w);
    }

    private static String cut(String s, String sep) {
        int k = s.indexOf(sep);
        return k > 0 ? s.substring(0, k) : s;
    }
}
