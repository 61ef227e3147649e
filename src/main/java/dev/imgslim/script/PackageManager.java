package dev.imgslim.script;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The package managers imgslim understands, with what it must know to read their command lines: which
 * options take a value as the next word ({@code apt-get -o Acquire::Retries=3 update}), so that the value
 * is not mistaken for the verb or a package.
 */
public enum PackageManager {
    APT_GET(Kind.SYSTEM, Apt.VALUED),
    APT(Kind.SYSTEM, Apt.VALUED),
    APK(
            Kind.SYSTEM,
            "-X",
            "--repository",
            "-t",
            "--virtual",
            "-p",
            "--root",
            "--arch",
            "--cache-dir",
            "--keys-dir",
            "--repositories-file",
            "--cache-max-age"),
    YUM(Kind.SYSTEM, Rpm.VALUED),
    DNF(Kind.SYSTEM, Rpm.VALUED),
    MICRODNF(Kind.SYSTEM, Rpm.VALUED),
    ZYPPER(
            Kind.SYSTEM,
            "-r",
            "--repo",
            "--from",
            "-t",
            "--type",
            "--root",
            "-R",
            "--releasever",
            "-D",
            "--reposd-dir",
            "-C",
            "--cache-dir",
            "--installroot"),
    PIP(
            Kind.LANGUAGE,
            Pip.SHARED,
            "--root",
            "--trusted-host",
            "-e",
            "--editable",
            "--cache-dir",
            "--platform",
            "--python-version",
            "--implementation",
            "--abi",
            "--only-binary",
            "--no-binary",
            "--src",
            "--progress-bar",
            "--timeout",
            "--retries",
            "--log",
            "--proxy",
            "--cert",
            "--client-cert",
            "--upgrade-strategy",
            "--root-user-action",
            "--global-option",
            "--config-settings",
            "-C",
            "--install-option",
            "--exists-action",
            "--use-feature",
            "--use-deprecated",
            "--report",
            "--python"),
    UV(
            Kind.LANGUAGE,
            Pip.SHARED,
            "--python",
            "-p",
            "--cache-dir",
            "--index",
            "--default-index",
            "--group",
            "--extra",
            "--package",
            "--only-group",
            "--no-group"),
    POETRY(
            Kind.LANGUAGE,
            "--only",
            "--with",
            "--without",
            "-E",
            "--extras",
            "-G",
            "--group",
            "-C",
            "--directory",
            "-P",
            "--project"),
    CONDA(Kind.LANGUAGE, Conda.VALUED),
    MAMBA(Kind.LANGUAGE, Conda.VALUED),
    MICROMAMBA(Kind.LANGUAGE, Conda.MICROMAMBA),
    NPM(
            Kind.LANGUAGE,
            "--prefix",
            "--registry",
            "-w",
            "--workspace",
            "--omit",
            "--include",
            "--cache",
            "--userconfig",
            "--loglevel",
            "--tag"),
    YARN(Kind.LANGUAGE, "--cwd", "--registry", "--cache-folder", "--modules-folder", "--network-timeout", "--mutex"),
    PNPM(Kind.LANGUAGE, "-C", "--dir", "--filter", "-F", "--registry", "--store-dir"),
    GEM(
            Kind.LANGUAGE,
            "-v",
            "--version",
            "-i",
            "--install-dir",
            "-n",
            "--bindir",
            "-s",
            "--source",
            "-P",
            "--trust-policy",
            "--platform",
            "--build-root",
            "--document"),
    GO(
            Kind.LANGUAGE,
            "-ldflags",
            "-gcflags",
            "-tags",
            "-o",
            "-mod",
            "-modfile",
            "-p",
            "-toolexec",
            "-buildmode",
            "-pkgdir",
            "-asmflags",
            "-installsuffix",
            "-overlay",
            "-pgo",
            "-compiler"),
    CARGO(
            Kind.LANGUAGE,
            "--version",
            "--vers",
            "--root",
            "--git",
            "--branch",
            "--tag",
            "--rev",
            "--path",
            "--features",
            "-F",
            "--target",
            "--target-dir",
            "--profile",
            "-j",
            "--jobs",
            "--registry",
            "--index",
            "--bin",
            "--example",
            "--config",
            "-Z",
            "--color"),
    /** PHP's Composer: {@code composer install}, {@code composer require vendor/pkg}, {@code composer global require}. */
    COMPOSER(Kind.LANGUAGE, "-d", "--working-dir");

    /** {@code pip}, {@code pip3}, {@code pip3.12}. */
    static final java.util.regex.Pattern PIP_NAME = java.util.regex.Pattern.compile("pip(\\d+(\\.\\d+)*)?");
    /** {@code python}, {@code python3}, {@code python3.12}: {@code python -m pip} runs pip. */
    static final java.util.regex.Pattern PYTHON_NAME = java.util.regex.Pattern.compile("python(\\d+(\\.\\d+)*)?");

    /** Whether the manager installs OS packages or a language's libraries and tools. */
    public enum Kind {
        SYSTEM,
        LANGUAGE
    }

    private final Kind kind;

    @SuppressWarnings("ImmutableEnumChecker") // Set.of is unmodifiable
    private final Set<String> valued;

    PackageManager(Kind kind, String... valued) {
        this.kind = kind;
        this.valued = Set.of(valued);
    }

    /** A manager that takes the options of another ({@code shared}) and its own. */
    PackageManager(Kind kind, String[] shared, String... own) {
        this.kind = kind;
        Set<String> all = new java.util.HashSet<>(List.of(shared));
        all.addAll(List.of(own));
        this.valued = Set.copyOf(all);
    }

    public Kind kind() {
        return kind;
    }

    /** True when {@code option} (as its own word, without {@code =value}) takes the next word as its value. */
    public boolean takesValue(String option) {
        return valued.contains(option);
    }

    /** The command's name as users write it ({@code apt-get}, {@code pip}). */
    public String command() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The manager a program name runs: {@code pip3.12} is pip, {@code mamba} is mamba; null for any
     * other program ({@code python -m pip} is recognised by {@link PackageOperation#of}).
     */
    public static PackageManager forProgram(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("pip") && PIP_NAME.matcher(n).matches()) return PIP; // no matcher for every other program
        switch (n) {
            case "apt-get":
                return APT_GET;
            case "apt":
                return APT;
            case "apk":
                return APK;
            case "yum":
                return YUM;
            case "dnf":
            case "dnf5":
                return DNF;
            case "microdnf":
                return MICRODNF;
            case "zypper":
                return ZYPPER;
            case "uv":
                return UV;
            case "poetry":
                return POETRY;
            case "conda":
                return CONDA;
            case "mamba":
                return MAMBA;
            case "micromamba":
                return MICROMAMBA;
            case "npm":
                return NPM;
            case "yarn":
                return YARN;
            case "pnpm":
                return PNPM;
            case "gem":
                return GEM;
            case "go":
                return GO;
            case "cargo":
                return CARGO;
            case "composer":
            case "composer.phar":
                return COMPOSER;
            default:
                return null;
        }
    }

    /** The requirement, index and target options of pip that uv's pip interface takes too. */
    private static final class Pip {
        static final String[] SHARED = {
            "-r",
            "--requirement",
            "-c",
            "--constraint",
            "-i",
            "--index-url",
            "--extra-index-url",
            "-f",
            "--find-links",
            "-t",
            "--target",
            "--prefix"
        };
    }

    /** The option set conda and mamba share; micromamba adds its root prefix. */
    private static final class Conda {
        static final String[] VALUED = {"-n", "--name", "-p", "--prefix", "-c", "--channel", "-f", "--file"};
        static final String[] MICROMAMBA = {
            "-n", "--name", "-p", "--prefix", "-c", "--channel", "-f", "--file", "-r", "--root-prefix"
        };
    }

    /** The option set apt-get and apt share. */
    private static final class Apt {
        static final String[] VALUED = {
            "-o",
            "--option",
            "-t",
            "--target-release",
            "--default-release",
            "-c",
            "--config-file",
            "-a",
            "--host-architecture"
        };
    }

    /** The option set yum, dnf and microdnf share. */
    private static final class Rpm {
        static final String[] VALUED = {
            "-c",
            "--config",
            "--installroot",
            "--releasever",
            "--setopt",
            "--enablerepo",
            "--disablerepo",
            "--repo",
            "--repoid",
            "-x",
            "--exclude",
            "-d",
            "--debuglevel",
            "-e",
            "--errorlevel",
            "--forcearch",
            "--downloaddir",
            "--destdir"
        };
    }
}
