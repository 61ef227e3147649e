package dev.imgslim.rules.base;

import dev.imgslim.script.ShellCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What package-manager commands install or remove, and which packages are build toolchains. */
final class Packages {
    private Packages() {}

    private static final Set<String> TOOLCHAIN = Set.of("gcc", "g++", "cc", "c++", "clang", "make", "cmake",
            "build-essential", "build-base", "golang", "golang-go", "go", "maven", "gradle", "cargo", "rustc", "rust",
            "nodejs-dev", "autoconf", "automake", "libtool", "gfortran", "ninja-build", "meson", "gcc-c++",
            "development tools", "@development-tools", "nasm", "llvm", "cuda-toolkit", "cuda-nvcc");
    private static final Pattern TOOLCHAIN_VERSIONED = Pattern.compile(
            "(gcc|g\\+\\+|clang|llvm)-\\d+(\\.\\d+)*|openjdk-?\\d+(-jdk(-headless)?)?|default-jdk(-headless)?"
            + "|java-[\\d.]+-openjdk-devel|temurin-\\d+-jdk|dotnet-sdk-[\\d.]+|golang-[\\d.]+(-go)?"
            + "|cuda-(toolkit|nvcc|compiler)(-[\\d-]+)?");
    private static final Set<String> INSTALL_VERBS = Set.of("install", "add", "groupinstall", "in");
    private static final Set<String> REMOVE_VERBS = Set.of("purge", "remove", "del", "erase", "autoremove", "rm");

    /** True for package managers: apt, apk, yum, dnf, microdnf, zypper. */
    static boolean isPackageManager(ShellCommand c) {
        return switch (c.name()) {
            case "apt-get", "apt", "aptitude", "apk", "yum", "dnf", "microdnf", "zypper" -> true;
            default -> false;
        };
    }

    static boolean isInstall(ShellCommand c) {
        return isPackageManager(c) && c.subcommand() != null && INSTALL_VERBS.contains(c.subcommand())
                && !(c.is("apk") && !c.subcommand().equals("add"));
    }

    static boolean isRemove(ShellCommand c) {
        return isPackageManager(c) && c.subcommand() != null && REMOVE_VERBS.contains(c.subcommand());
    }

    /** Package names an install or remove command names, without version pins; apk's virtual name included. */
    static List<String> packages(ShellCommand c) {
        List<String> out = new ArrayList<>();
        List<String> args = c.args();
        boolean seenSub = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--virtual") || a.equals("-t") || a.equals("-o") || a.equals("--option")
                    || a.equals("--setopt") || a.equals("--repository") || a.equals("-X") || a.equals("--enablerepo")
                    || a.equals("--disablerepo")) {
                if ((a.equals("--virtual") || a.equals("-t")) && i + 1 < args.size()) out.add(args.get(i + 1));
                i++;
                continue;
            }
            if (a.startsWith("--virtual=")) {
                out.add(a.substring("--virtual=".length()));
                continue;
            }
            if (a.startsWith("-")) continue;
            if (!seenSub) {
                seenSub = true;
                continue;
            }
            out.add(name(a));
        }
        return out;
    }

    /** {@code gcc=4:12.2-1} is gcc, {@code libc6:amd64} is libc6. */
    static String name(String spec) {
        String s = spec.toLowerCase(Locale.ROOT);
        int eq = s.indexOf('=');
        if (eq > 0) s = s.substring(0, eq);
        int colon = s.indexOf(':');
        if (colon > 0) s = s.substring(0, colon);
        for (String op : new String[] {">", "<", "~"}) {
            int k = s.indexOf(op);
            if (k > 0) s = s.substring(0, k);
        }
        return s;
    }

    /** Build helpers that are no compiler by themselves (make is often kept for runtime tasks). */
    private static final Set<String> HELPERS = Set.of("make", "cmake", "ninja-build", "meson", "autoconf", "automake",
            "libtool", "nasm");

    /** A compiler or SDK, not just a build helper such as make or cmake. */
    static boolean isCompiler(String pkg) {
        return isToolchain(pkg) && !HELPERS.contains(pkg);
    }

    static boolean isToolchain(String pkg) {
        return TOOLCHAIN.contains(pkg) || TOOLCHAIN_VERSIONED.matcher(pkg).matches();
    }

    /** Header packages: installing them means something is compiled here. */
    static boolean isHeaders(String pkg) {
        return pkg.endsWith("-dev") || pkg.endsWith("-devel") || pkg.equals("linux-headers");
    }

    /** Toolchain packages that {@code install} adds and no later command of the same RUN removes. */
    static List<String> keptToolchain(List<ShellCommand> commands, int installIndex) {
        ShellCommand install = commands.get(installIndex);
        List<String> pkgs = packages(install);
        String virtual = virtualName(install);
        List<String> kept = new ArrayList<>();
        for (String p : pkgs) {
            if (p.equals(virtual) || !isToolchain(p)) continue;
            if (!removedLater(commands, installIndex, p, virtual)) kept.add(p);
        }
        return kept.stream().anyMatch(Packages::isCompiler) ? kept : List.of();
    }

    static boolean removedLater(List<ShellCommand> commands, int from, String pkg, String virtual) {
        boolean markedAuto = false;
        for (int j = 0; j < commands.size(); j++) {
            ShellCommand c = commands.get(j);
            // The official images' idiom: "apt-mark auto '.*'; apt-mark manual $saved; apt-get purge --auto-remove"
            // removes whatever this RUN installed.
            if (c.is("apt-mark") && "auto".equals(c.subcommand())) markedAuto = true;
            if (j <= from) continue;
            if (markedAuto && (c.is("apt-get") || c.is("apt")) && ("autoremove".equals(c.subcommand())
                    || ("purge".equals(c.subcommand()) && c.hasFlag("--auto-remove", "--autoremove")))) return true;
            if (!isRemove(c)) continue;
            List<String> removed = packages(c);
            if (removed.contains(pkg) || (virtual != null && removed.contains(virtual))) return true;
            // "apt-get purge --auto-remove gcc" and globbed purges ("gcc*") are common spellings.
            for (String r : removed) {
                if (r.endsWith("*") && pkg.startsWith(r.substring(0, r.length() - 1))) return true;
            }
        }
        return false;
    }

    static String virtualName(ShellCommand c) {
        if (!c.is("apk")) return null;
        List<String> args = c.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--virtual") || a.equals("-t")) && i + 1 < args.size()) return args.get(i + 1);
            if (a.startsWith("--virtual=")) return a.substring("--virtual=".length());
        }
        return null;
    }
}
