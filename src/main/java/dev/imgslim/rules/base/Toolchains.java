package dev.imgslim.rules.base;

import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import dev.imgslim.script.ShellCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which system packages are build toolchains or headers, and whether a RUN that installs them removes
 * them again. What a command installs comes from the script model ({@link PackageOperation}); this class
 * only knows package names.
 */
final class Toolchains {
    private Toolchains() {}

    private static final Set<String> TOOLCHAIN = Set.of(
            "gcc",
            "g++",
            "cc",
            "c++",
            "clang",
            "make",
            "cmake",
            "build-essential",
            "build-base",
            "golang",
            "golang-go",
            "go",
            "maven",
            "gradle",
            "cargo",
            "rustc",
            "rust",
            "nodejs-dev",
            "autoconf",
            "automake",
            "libtool",
            "gfortran",
            "ninja-build",
            "meson",
            "gcc-c++",
            "development tools",
            "@development-tools",
            "nasm",
            "llvm",
            "cuda-toolkit",
            "cuda-nvcc");
    private static final Pattern TOOLCHAIN_VERSIONED = Pattern.compile(
            "(gcc|g\\+\\+|clang|llvm)-\\d+(\\.\\d+)*|openjdk-?\\d+(-jdk(-headless)?)?|default-jdk(-headless)?"
                    + "|java-[\\d.]+-openjdk-devel|temurin-\\d+-jdk|dotnet-sdk-[\\d.]+|golang-[\\d.]+(-go)?"
                    + "|cuda-(toolkit|nvcc|compiler)(-[\\d-]+)?");
    /** Build helpers that are no compiler by themselves (make is often kept for runtime tasks). */
    private static final Set<String> HELPERS =
            Set.of("make", "cmake", "ninja-build", "meson", "autoconf", "automake", "libtool", "nasm");

    /** The system package operation (apt, apk, yum, dnf, microdnf, zypper) {@code c} runs, if any. */
    static Optional<PackageOperation> system(ShellCommand c) {
        // Asked of every command, repeatedly: read the operation only when the program is a system manager.
        // Optional tests, not filter lambdas: see LintContext.sharedOrNull (start-up).
        Optional<PackageManager> manager = PackageManager.forProgram(c.name());
        if (manager.isEmpty() || manager.get().kind() != PackageManager.Kind.SYSTEM) return Optional.empty();
        Optional<PackageOperation> op = PackageOperation.of(c);
        return op.isPresent() && op.get().manager().kind() == PackageManager.Kind.SYSTEM ? op : Optional.empty();
    }

    static boolean isSystemInstall(ShellCommand c) {
        Optional<PackageOperation> op = system(c);
        return op.isPresent() && op.get().isInstall();
    }

    /** Packages a system install or remove names, with apk's virtual package name. */
    static List<String> packages(ShellCommand c) {
        Optional<PackageOperation> op = system(c);
        return op.isEmpty() ? List.of() : packages(op.get());
    }

    /** {@link #packages(ShellCommand)} of a system package operation already read. */
    static List<String> packages(PackageOperation op) {
        List<String> out = new ArrayList<>(op.packageNames());
        Optional<String> virtual = virtualName(op);
        if (virtual.isPresent()) out.add(virtual.get());
        return out;
    }

    /** apk's {@code --virtual .build-deps} (or {@code -t}). */
    static Optional<String> virtualName(PackageOperation op) {
        if (op.manager() != PackageManager.APK) return Optional.empty();
        Optional<String> virtual = op.option("--virtual");
        return virtual.isPresent() ? virtual : op.option("-t");
    }

    static String virtualName(ShellCommand c) {
        Optional<PackageOperation> op = system(c);
        return op.isPresent() ? virtualName(op.get()).orElse(null) : null;
    }

    /** A compiler or SDK, not just a build helper such as make or cmake. */
    static boolean isCompiler(String pkg) {
        return isToolchain(pkg) && !HELPERS.contains(pkg);
    }

    static boolean isToolchain(String pkg) {
        return TOOLCHAIN.contains(pkg)
                || (mayBeVersioned(pkg) && TOOLCHAIN_VERSIONED.matcher(pkg).matches());
    }

    /** The literal starts of {@link #TOOLCHAIN_VERSIONED}'s alternatives. */
    private static final String[] VERSIONED_STARTS = {
        "gcc-",
        "g++-",
        "clang-",
        "llvm-",
        "openjdk",
        "default-jdk",
        "java-",
        "temurin-",
        "dotnet-sdk-",
        "golang-",
        "cuda-"
    };

    /**
     * False when {@code pkg} starts as none of {@link #TOOLCHAIN_VERSIONED}'s alternatives does, so the pattern
     * cannot match: asked of every package of every install (the matcher was 0.3 % of a 10,000-file lint's CPU).
     */
    private static boolean mayBeVersioned(String pkg) {
        for (String start : VERSIONED_STARTS) if (pkg.startsWith(start)) return true;
        return false;
    }

    /** Header packages: installing them means something is compiled here. */
    static boolean isHeaders(String pkg) {
        return pkg.endsWith("-dev") || pkg.endsWith("-devel") || pkg.equals("linux-headers");
    }

    /** Toolchain packages that the install at {@code installIndex} adds and no later command of the same RUN removes. */
    static List<String> keptToolchain(List<ShellCommand> commands, int installIndex) {
        ShellCommand install = commands.get(installIndex);
        String virtual = virtualName(install);
        List<String> kept = new ArrayList<>();
        for (String p : packages(install)) {
            if (p.equals(virtual) || !isToolchain(p)) continue;
            if (!removedLater(commands, installIndex, p, virtual)) kept.add(p);
        }
        for (String p : kept) if (isCompiler(p)) return kept;
        return List.of();
    }

    static boolean removedLater(List<ShellCommand> commands, int from, String pkg, String virtual) {
        boolean markedAuto = false;
        for (int j = 0; j < commands.size(); j++) {
            ShellCommand c = commands.get(j);
            // The official images' idiom: "apt-mark auto '.*'; apt-mark manual $saved; apt-get purge --auto-remove"
            // removes whatever this RUN installed.
            if (c.is("apt-mark") && "auto".equals(c.subcommand())) markedAuto = true;
            if (j <= from) continue;
            Optional<PackageOperation> op = system(c);
            if (op.isEmpty()) continue;
            if (markedAuto
                    && (op.get().is("autoremove")
                            || (op.get().is("purge") && op.get().hasOption("--auto-remove", "--autoremove"))))
                return true;
            if (!op.get().isRemove()) continue;
            List<String> removed = packages(c);
            if (removed.contains(pkg) || (virtual != null && removed.contains(virtual))) return true;
            // "apt-get purge --auto-remove gcc" and globbed purges ("gcc*") are common spellings.
            for (String r : removed) {
                if (r.endsWith("*") && pkg.startsWith(r.substring(0, r.length() - 1))) return true;
            }
        }
        return false;
    }
}
