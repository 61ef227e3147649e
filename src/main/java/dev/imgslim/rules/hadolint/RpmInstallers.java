package dev.imgslim.rules.hadolint;

import dev.imgslim.script.ShellCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What yum, dnf and microdnf have in common: install subcommands, option values, and what a pinned name looks like. */
final class RpmInstallers {
    private RpmInstallers() {}

    static final Set<String> INSTALL = Set.of("install", "groupinstall", "localinstall", "reinstall");
    static final Set<String> VALUED = Set.of("-c", "--config", "--installroot", "--releasever", "--setopt", "--enablerepo",
            "--disablerepo", "--repo", "--repoid", "-x", "--exclude", "--nodocs-x", "-d", "--debuglevel", "-e", "--errorlevel",
            "--forcearch", "--downloaddir", "--destdir", "--setopt=");
    /** name-version: a dash followed by a digit ({@code httpd-2.4.6}, {@code nginx-1:1.20.1}). */
    private static final Pattern VERSION = Pattern.compile(".+-[0-9].*");

    /** The subcommand (skipping valued options), e.g. {@code install}, or {@code module} for {@code yum module install}. */
    static String subcommand(ShellCommand c) {
        List<String> a = c.args();
        for (int i = 0; i < a.size(); i++) {
            if (VALUED.contains(a.get(i))) { i++; continue; }
            if (!a.get(i).startsWith("-")) return a.get(i);
        }
        return null;
    }

    static boolean isModuleInstall(ShellCommand c) {
        List<String> ops = nonOptionArgs(c);
        return ops.size() >= 2 && ops.get(0).equals("module") && ops.get(1).equals("install");
    }

    static boolean isInstall(ShellCommand c) {
        return INSTALL.contains(String.valueOf(subcommand(c))) || isModuleInstall(c);
    }

    private static List<String> nonOptionArgs(ShellCommand c) {
        List<String> out = new ArrayList<>();
        List<String> a = c.args();
        for (int i = 0; i < a.size(); i++) {
            if (VALUED.contains(a.get(i))) { i++; continue; }
            if (!a.get(i).startsWith("-")) out.add(a.get(i));
        }
        return out;
    }

    static List<ShellCommand.Word> packages(ShellCommand c) {
        List<ShellCommand.Word> ops = Support.operands(c, VALUED);
        if (isModuleInstall(c) && !ops.isEmpty()) return ops.subList(1, ops.size());
        if ("groupinstall".equals(subcommand(c))) return List.of(); // group names, not packages
        return ops;
    }

    static boolean pinned(String p, boolean module) {
        if (module) return p.contains(":");
        return VERSION.matcher(p).matches() || p.endsWith(".rpm") || p.startsWith("@") || p.contains("(")
                || UnpinnedPackages.localOrUrl(p);
    }
}
