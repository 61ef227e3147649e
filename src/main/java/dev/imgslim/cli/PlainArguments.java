package dev.imgslim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a plain lint command line without picocli: {@code lint}, options as a pre-commit hook or a CI job
 * writes them ({@code --format json}, {@code --format=json}, {@code --ignore A,B}, flags) and the paths.
 * Building picocli's model and parsing with it was about a quarter of a one-file lint's main thread, and
 * picocli's classes, compiled for Java 5, are verified on every run even when the class-data archive holds
 * them. Whatever this reader is not sure to read as picocli does, it does not read (null): help, the
 * version, a misspelt or repeated option, a value that does not convert, short options run together,
 * {@code --}, {@code @files}, quotes in a list. picocli then reads the command line as before, with its
 * own messages and exit codes. {@code PlainArgumentsTest} holds the two readings equal.
 */
final class PlainArguments {
    private PlainArguments() {}

    /** The lint this command line asks for; null when picocli is to read it. */
    static LintArgs lint(String... args) {
        if (args.length < 2 || !args[0].equals("lint")) return null;
        Reading r = new Reading();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("@")) return null; // picocli reads the arguments from that file
            if (arg.equals("-") || !arg.startsWith("-")) {
                r.paths.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            String option = canonical(name);
            if (option == null || !r.seen.add(option) && !REPEATABLE.contains(option)) return null;
            if (FLAGS.contains(option)) {
                if (value != null) return null;
                r.flag(option);
                continue;
            }
            if (value == null) {
                if (++i == args.length) return null;
                value = args[i];
            }
            if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) return null;
            try {
                if (!r.value(option, value)) return null;
            } catch (IllegalArgumentException e) {
                return null; // the value does not convert: picocli says so
            }
        }
        return r.paths.isEmpty() ? null : r.args();
    }

    private static final Set<String> FLAGS =
            Set.of("--no-fail", "--no-color", "--no-shellcheck", "--size", "--probe", "--registry", "--verbose");
    private static final Set<String> REPEATABLE =
            Set.of("--ignore", "--enable", "--severity", "--build-arg", "--trusted-registry");

    /** The long name of a lint option, or null for any other word (help and version among them). */
    private static String canonical(String name) {
        switch (name) {
            case "-f":
                return "--format";
            case "-o":
                return "--output";
            case "-c":
                return "--config";
            case "--format":
            case "--output":
            case "--config":
            case "--failure-threshold":
            case "--target":
            case "--context":
            case "--size-budget":
            case "--max-file-size":
            case "--image":
            case "--ignore":
            case "--enable":
            case "--severity":
            case "--build-arg":
            case "--trusted-registry":
                return name;
            default:
                return FLAGS.contains(name) ? name : null;
        }
    }

    /** The options read so far. */
    private static final class Reading {
        final Set<String> seen = new HashSet<>();
        final List<String> paths = new ArrayList<>();
        final List<String> ignore = new ArrayList<>();
        final List<String> enable = new ArrayList<>();
        final List<RuleSeverity> severity = new ArrayList<>();
        final List<BuildArg> buildArgs = new ArrayList<>();
        final List<String> trustedRegistries = new ArrayList<>();
        String format;
        Path output;
        dev.imgslim.config.Severity failureThreshold;
        Path config;
        String target;
        Path context;
        Long sizeBudget;
        Long maxFileSize;
        String image;
        boolean noFail;
        boolean noColor;
        boolean noShellcheck;
        boolean size;
        boolean probe;
        boolean registry;
        boolean verbose;

        void flag(String option) {
            switch (option) {
                case "--no-fail" -> noFail = true;
                case "--no-color" -> noColor = true;
                case "--no-shellcheck" -> noShellcheck = true;
                case "--size" -> size = true;
                case "--probe" -> probe = true;
                case "--registry" -> registry = true;
                default -> verbose = true;
            }
        }

        /** Takes one value; false when it is one to leave to picocli. */
        boolean value(String option, String value) {
            switch (option) {
                case "--format" -> format = value;
                case "--output" -> output = Path.of(value);
                case "--failure-threshold" -> failureThreshold = OptionValues.severity(value);
                case "--config" -> config = Path.of(value);
                case "--target" -> target = value;
                case "--context" -> context = Path.of(value);
                case "--size-budget" -> sizeBudget = OptionValues.positiveBytes(value);
                case "--max-file-size" -> maxFileSize = OptionValues.positiveBytes(value);
                case "--image" -> image = value;
                case "--ignore" -> {
                    return split(value, ignore);
                }
                case "--enable" -> {
                    return split(value, enable);
                }
                case "--severity" -> severity.add(OptionValues.ruleSeverity(value));
                case "--build-arg" -> buildArgs.add(BuildArg.parse(value));
                default -> trustedRegistries.add(value);
            }
            return true;
        }

        /**
         * A comma-separated list, as picocli splits it; false for one whose split picocli may make otherwise
         * (quotes, which picocli keeps together, and empty parts).
         */
        private static boolean split(String value, List<String> into) {
            if (value.indexOf('"') >= 0) return false;
            int from = 0;
            while (true) {
                int comma = value.indexOf(',', from);
                String part = comma < 0 ? value.substring(from) : value.substring(from, comma);
                if (part.isEmpty()) return false;
                into.add(part);
                if (comma < 0) return true;
                from = comma + 1;
            }
        }

        LintArgs args() {
            return new LintArgs(
                    paths,
                    format,
                    output,
                    failureThreshold,
                    noFail,
                    config,
                    ignore,
                    enable,
                    severity,
                    buildArgs,
                    target,
                    context,
                    trustedRegistries,
                    noColor,
                    noShellcheck,
                    size,
                    sizeBudget,
                    maxFileSize,
                    probe,
                    image,
                    registry,
                    verbose);
        }
    }
}
