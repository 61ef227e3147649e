package dev.imgslim.rules.hadolint;

import dev.imgslim.script.PackageOperation;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What yum, dnf and microdnf have in common: install subcommands, option values, and what a pinned name looks like. */
final class RpmInstallers {
    private RpmInstallers() {}

    static final Set<String> INSTALL = Set.of("install", "groupinstall", "localinstall", "reinstall", "module install");
    /** name-version: a dash followed by a digit ({@code httpd-2.4.6}, {@code nginx-1:1.20.1}). */
    private static final Pattern VERSION = Pattern.compile(".+-[0-9].*");

    static boolean isInstall(PackageOperation op) {
        return INSTALL.contains(String.valueOf(op.verb()));
    }

    /** The packages of an install; group names ({@code groupinstall}) are no packages. */
    static List<PackageOperation.PackageRef> packages(PackageOperation op) {
        return op.is("groupinstall") ? List.of() : op.packages();
    }

    static boolean pinned(String p, boolean module) {
        if (module) return p.contains(":");
        return VERSION.matcher(p).matches()
                || p.endsWith(".rpm")
                || p.startsWith("@")
                || p.contains("(")
                || UnpinnedPackages.localOrUrl(p);
    }
}
