package dev.imgslim.script;

import dev.imgslim.script.PackageOperation.PackageRef.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One package-manager command of a RUN, read once: the manager, its verb ({@code install}, {@code add},
 * {@code update}, {@code pip install} for uv), its options with their values, and the packages it names
 * with their versions. Every word keeps its offsets in the script, so a rule can point at a package and
 * a fix can edit it (see {@code RunView.span(ShellCommand, ShellCommand.Word)}).
 *
 * @param manager  which package manager runs
 * @param command  the shell command it was read from
 * @param verb     the subcommand, or null when there is none ({@code pip --version}); two words for
 *                 {@code uv pip install}, {@code yarn global add}, {@code dnf module install}
 * @param verbWord the (last) word of the verb, or null
 * @param options  every option, in order, with its value when it takes one
 * @param packages the operands after the verb, read as packages ({@code apk add --virtual .deps} names
 *                 {@code .deps} as an option value, not a package)
 */
public record PackageOperation(
        PackageManager manager,
        ShellCommand command,
        String verb,
        ShellCommand.Word verbWord,
        List<Option> options,
        List<PackageRef> packages) {

    private static final Set<String> INSTALL_VERBS = Set.of(
            "install",
            "add",
            "in",
            "i",
            "ci",
            "groupinstall",
            "localinstall",
            "reinstall",
            "get",
            "create",
            "sync",
            "pip install",
            "global add",
            "module install");
    private static final Set<String> REMOVE_VERBS = Set.of(
            "purge", "remove", "del", "erase", "autoremove", "rm", "uninstall", "un", "pip uninstall", "global remove");
    /** Verbs that take a second word: {@code uv pip install}, {@code yarn global add}, {@code dnf module install}. */
    private static final Set<String> TWO_WORD = Set.of("pip", "global", "module");

    /** An option word: {@code -y}, {@code -o Acquire::Retries=3}, {@code --no-install-recommends}, {@code --setopt=x=y}. */
    public record Option(String name, String value, ShellCommand.Word word) {}

    /**
     * A package operand.
     *
     * @param name     the package name without version, architecture or extras ({@code gcc}, {@code requests}, {@code @types/node})
     * @param version  the version or constraint as written ({@code 4:12.2-1}, {@code ==2.31}, {@code >=1.0}), or null
     * @param floating true when the version moves: an npm dist-tag ({@code @latest}, {@code @next}) or a Go
     *                 query or branch ({@code @latest}, {@code @main})
     * @param source   where the package comes from: looked up by name in the manager's index, or not
     * @param word     the whole operand as written, with its offsets
     */
    public record PackageRef(String name, String version, boolean floating, Source source, ShellCommand.Word word) {

        /** Where an operand's package comes from. */
        public enum Source {
            /** Looked up by name in the manager's index or registry. */
            INDEX,
            /** apt's {@code pkg/bookworm-backports}: the version the named release has. */
            RELEASE,
            /** A name for several packages or for a capability: rpm's {@code @group}, a {@code groupinstall}
             * operand, {@code 'dnf-command(config-manager)'}, zypper's {@code -t pattern}. */
            GROUP,
            /** A local file or folder: a path, a package file ({@code .deb}, {@code .rpm}, {@code .whl}...). */
            FILE,
            /** A URL or a repository: {@code https://...}, {@code git+https://...}, pip's {@code name @ url},
             * npm's {@code user/repo}. */
            REMOTE
        }

        /**
         * True when what gets installed does not change between builds by itself: a fixed version or
         * constraint, or an operand that is not looked up by name (a file, a URL, a release, a group).
         */
        public boolean isPinned() {
            return source != Source.INDEX || (version != null && !floating);
        }

        PackageRef withSource(Source s) {
            return new PackageRef(name, version, floating, s, word);
        }
    }

    /** zypper's {@code -t}/{@code --type} values whose operands are no packages with versions. */
    private static final Set<String> ZYPPER_GROUP_TYPES = Set.of("pattern", "patch", "product");
    /** yum's, dnf's and microdnf's install verbs. */
    private static final Set<String> RPM_INSTALL =
            Set.of("install", "groupinstall", "localinstall", "reinstall", "module install");
    /** npm's install command with the aliases and misspellings npm accepts for it. */
    private static final Set<String> NPM_INSTALL = Set.of(
            "install", "i", "add", "ci", "isntall", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal");

    /** The package-manager operation {@code c} runs, if it runs one (read once per command). */
    public static Optional<PackageOperation> of(ShellCommand c) {
        return c.packageOperation();
    }

    /** Reads the operation {@code c} runs; {@link ShellCommand#packageOperation} keeps what it gives. */
    static Optional<PackageOperation> read(ShellCommand c) {
        List<ShellCommand.Word> words = c.argWords();
        Optional<PackageManager> manager = PackageManager.forProgram(c.name());
        if (manager.isPresent()) return Optional.of(read(manager.get(), c, words));
        if (words.size() >= 2
                && words.get(0).value().equals("-m")
                && PackageManager.PYTHON_NAME.matcher(c.name()).matches()
                && PackageManager.PIP_NAME.matcher(words.get(1).value()).matches()) {
            return Optional.of(read(PackageManager.PIP, c, words.subList(2, words.size())));
        }
        return Optional.empty();
    }

    private static PackageOperation read(PackageManager manager, ShellCommand c, List<ShellCommand.Word> words) {
        List<Option> options = new ArrayList<>();
        List<PackageRef> packages = new ArrayList<>();
        String verb = null;
        ShellCommand.Word verbWord = null;
        boolean optionsEnded = false;
        for (int i = 0; i < words.size(); i++) {
            ShellCommand.Word w = words.get(i);
            String a = w.value();
            if (!optionsEnded && a.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (!optionsEnded && a.startsWith("-") && a.length() > 1) {
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    options.add(new Option(a.substring(0, eq), a.substring(eq + 1), w));
                } else if (manager.takesValue(a) && i + 1 < words.size()) {
                    options.add(new Option(a, words.get(++i).value(), w));
                } else if (!a.startsWith("--")
                        && a.length() > 2
                        && manager.takesValue(a.substring(0, 2))
                        && !a.substring(1).chars().allMatch(Character::isLetter)) {
                    options.add(new Option(a.substring(0, 2), a.substring(2), w)); // -oAcquire::Retries=3
                } else {
                    options.add(new Option(a, null, w));
                }
                continue;
            }
            if (verb == null) {
                verb = a;
                verbWord = w;
                continue;
            }
            if (TWO_WORD.contains(verb)
                    && verbWord != null
                    && !verb.contains(" ")
                    && packages.isEmpty()
                    && twoWordVerb(manager, verb)) {
                verb = verb + " " + a;
                verbWord = w;
                continue;
            }
            packages.add(PackageSpecs.parse(manager, verb, w));
        }
        if (manager == PackageManager.ZYPPER && groupType(options))
            packages.replaceAll(p -> p.withSource(Source.GROUP));
        return new PackageOperation(manager, c, verb, verbWord, List.copyOf(options), List.copyOf(packages));
    }

    private static boolean groupType(List<Option> options) {
        for (Option o : options)
            if ((o.name().equals("-t") || o.name().equals("--type"))
                    && o.value() != null
                    && ZYPPER_GROUP_TYPES.contains(o.value())) return true;
        return false;
    }

    private static boolean twoWordVerb(PackageManager m, String first) {
        return (m == PackageManager.UV && first.equals("pip"))
                || (m == PackageManager.YARN && first.equals("global"))
                || (m == PackageManager.COMPOSER && first.equals("global"))
                || (first.equals("module")
                        && (m == PackageManager.DNF || m == PackageManager.YUM || m == PackageManager.MICRODNF));
    }

    /** True when the verb installs packages ({@code install}, {@code add}, {@code in}, {@code ci}, {@code pip install}...). */
    public boolean isInstall() {
        if (verb == null) return false;
        if (manager == PackageManager.APK) return verb.equals("add");
        if (manager == PackageManager.GO) return verb.equals("install") || verb.equals("get");
        if (manager == PackageManager.YUM || manager == PackageManager.DNF || manager == PackageManager.MICRODNF)
            return RPM_INSTALL.contains(verb);
        if (manager == PackageManager.NPM) return NPM_INSTALL.contains(verb);
        if (verb.equals("create"))
            return manager == PackageManager.CONDA
                    || manager == PackageManager.MAMBA
                    || manager == PackageManager.MICROMAMBA;
        if (verb.equals("sync")) return manager == PackageManager.UV;
        return INSTALL_VERBS.contains(verb);
    }

    /** True when the verb removes packages ({@code purge}, {@code remove}, {@code del}, {@code uninstall}...). */
    public boolean isRemove() {
        return verb != null && REMOVE_VERBS.contains(verb);
    }

    /** True when the verb is {@code v} (case-sensitive, as package managers are). */
    public boolean is(String v) {
        return v.equals(verb);
    }

    /**
     * True when any of {@code names} is given: as its own word, as {@code --name=value}, or, for a
     * one-letter option, inside a cluster such as {@code -yq}.
     */
    public boolean hasOption(String... names) {
        for (Option o : options) {
            for (String n : names) {
                if (o.name().equals(n)) return true;
                boolean shortFlag = n.length() == 2 && n.charAt(0) == '-' && n.charAt(1) != '-';
                if (shortFlag
                        && o.value() == null
                        && !o.name().startsWith("--")
                        && o.name().length() > 2
                        && o.name().indexOf(n.charAt(1)) > 0
                        && o.name().chars().skip(1).allMatch(Character::isLetter)) return true;
            }
        }
        return false;
    }

    /** The value of the last option named {@code name}. */
    public Optional<String> option(String name) {
        String v = null;
        for (Option o : options) if (o.name().equals(name) && o.value() != null) v = o.value();
        return Optional.ofNullable(v);
    }

    /** Every value given to option {@code name} ({@code -o A=1 -o B=2}). */
    public List<String> optionValues(String name) {
        List<String> values = new ArrayList<>();
        for (Option o : options) if (o.name().equals(name) && o.value() != null) values.add(o.value());
        return List.copyOf(values);
    }

    /** Package names, lower case for system managers (their names are case-insensitive in practice). */
    public List<String> packageNames() {
        // loops, not streams, on every lint's path: see LintContext.sharedOrNull (start-up)
        List<String> names = new ArrayList<>(packages.size());
        boolean lower = manager.kind() == PackageManager.Kind.SYSTEM;
        for (PackageRef p : packages) names.add(lower ? p.name().toLowerCase(Locale.ROOT) : p.name());
        return java.util.Collections.unmodifiableList(names);
    }
}
