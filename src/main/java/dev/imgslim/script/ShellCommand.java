package dev.imgslim.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One simple command of a RUN script, after assignments and wrappers ({@code sudo}, {@code env},
 * {@code exec}, ...) are taken off.
 *
 * @param name      the program's base name ({@code /usr/bin/apt-get} gives {@code apt-get})
 * @param args      the arguments with quotes removed (redirections left out)
 * @param argWords  the same arguments as positioned words
 * @param start     offset of the command's first word in the script text
 * @param end       offset just past its last word
 * @param wrappers  wrapper programs that were taken off, outermost first ({@code sudo})
 * @param pipeline  true when the command is part of a pipeline ({@code a | b})
 * @param nested    true when it came from a {@code sh -c '...'} string
 * @param redirects its redirections as written without spaces ({@code 2>/dev/null}, {@code >>log}, {@code 2>&1})
 * @param subshell  true when it runs inside {@code ( ... )}, so a {@code cd} there does not outlive it
 * @param readings  what is read from the other components when first asked (see {@link Readings})
 */
public record ShellCommand(
        String name,
        List<String> args,
        List<Word> argWords,
        int start,
        int end,
        List<String> wrappers,
        boolean pipeline,
        boolean nested,
        List<String> redirects,
        boolean subshell,
        Readings readings) {

    public ShellCommand {
        java.util.Objects.requireNonNull(readings, "readings");
    }

    /**
     * What rules ask of a command again and again (its package operation, subcommand, operands and
     * non-option arguments), read once, when first asked: a dozen rules ask it of every command of every
     * RUN, and a RUN of 64k commands re-read each package operation 11 times. It follows from the other
     * components, so it is no part of a command's identity: any two are equal. A command belongs to the
     * one file being linted; the values kept are immutable, so a racing second read is only wasted work.
     */
    public static final class Readings {
        private Optional<PackageOperation> packageOperation;
        private boolean subcommandRead;
        private String subcommand;
        private List<String> operands;
        private List<String> nonOptions;

        /** Nothing read yet: each value is read when a rule first asks for it. */
        Readings() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Readings;
        }

        @Override
        public int hashCode() {
            return 0;
        }

        @Override
        public String toString() {
            return "Readings";
        }
    }

    /**
     * The command that argument {@code i} starts when this one is a runner of other commands ({@code conda
     * run -n env pip install ...}): its program's base name and the arguments after it, with their positioned
     * words when this command has them, at this command's place in the script (no redirections, no subshell).
     */
    public ShellCommand runs(int i) {
        String program = args.get(i).substring(args.get(i).lastIndexOf('/') + 1);
        List<Word> words = argWords.size() == args.size() ? argWords.subList(i + 1, args.size()) : List.of();
        return new ShellCommand(
                program,
                args.subList(i + 1, args.size()),
                words,
                start,
                end,
                wrappers,
                pipeline,
                nested,
                List.of(),
                false,
                new Readings());
    }

    /** True when the command's redirections send its standard error to /dev/null. */
    public boolean silencesStderr() {
        return redirects.contains("2>/dev/null")
                || redirects.contains("&>/dev/null")
                || (redirects.contains(">/dev/null") && redirects.contains("2>&1"));
    }

    /** A word of the script: its unquoted value and its raw [start, end) offsets in the script text. */
    public record Word(String value, String raw, int start, int end) {}

    public boolean hasArg(String arg) {
        return args.contains(arg);
    }

    /** True when any argument is one of the given flags, as separate words or inside a short-option cluster. */
    public boolean hasFlag(String... flags) {
        for (String a : args) {
            for (String f : flags) {
                if (a.equals(f)) return true;
                if (f.startsWith("--") && a.length() > f.length() && a.charAt(f.length()) == '=' && a.startsWith(f))
                    return true;
                if (f.length() == 2
                        && f.charAt(0) == '-'
                        && f.charAt(1) != '-'
                        && a.startsWith("-")
                        && !a.startsWith("--")
                        && a.indexOf(f.charAt(1)) > 0
                        && lettersAfterFirst(a)) return true;
            }
        }
        return false;
    }

    /**
     * The first argument that is not an option, e.g. the subcommand of {@code apt-get -y install}. For a
     * package manager it is the first word of its {@link PackageOperation#verb()} (option values skipped:
     * {@code apt-get -o Acquire::Retries=3 update} gives {@code update}).
     */
    public String subcommand() {
        if (!readings.subcommandRead) {
            readings.subcommand = readSubcommand();
            readings.subcommandRead = true;
        }
        return readings.subcommand;
    }

    /** Whether every char after the first is a letter (a run of short options such as {@code -yq}). */
    private static boolean lettersAfterFirst(String a) {
        for (int i = 1; i < a.length(); i++) if (!Character.isLetter(a.charAt(i))) return false;
        return true;
    }

    private String readSubcommand() {
        if (PackageManager.forProgram(name).isPresent()) {
            Optional<PackageOperation> op = packageOperation();
            String verb = op.isPresent() ? op.get().verb() : null;
            return verb == null ? null : verb.split(" ", 2)[0];
        }
        for (String a : args) if (!a.startsWith("-")) return a;
        return null;
    }

    /** Arguments that are not options and not the subcommand: for a package manager, its package operands. */
    public List<String> operands() {
        List<String> known = readings.operands;
        if (known == null) readings.operands = known = readOperands();
        return known;
    }

    private List<String> readOperands() {
        if (PackageManager.forProgram(name).isPresent()) {
            Optional<PackageOperation> op = packageOperation();
            if (op.isEmpty()) return List.of();
            List<String> names = new ArrayList<>(op.get().packages().size());
            for (PackageOperation.PackageRef p : op.get().packages())
                names.add(p.word().value());
            return java.util.Collections.unmodifiableList(names);
        }
        List<String> rest = nonOptions();
        return rest.isEmpty() ? rest : rest.subList(1, rest.size());
    }

    /** The package-manager operation this command runs, if it runs one. */
    public Optional<PackageOperation> packageOperation() {
        Optional<PackageOperation> known = readings.packageOperation;
        if (known == null) readings.packageOperation = known = PackageOperation.read(this);
        return known;
    }

    /** Every argument that is not an option (for {@code rm -rf a b}: a and b). */
    public List<String> nonOptions() {
        List<String> known = readings.nonOptions;
        if (known == null) {
            List<String> found = new java.util.ArrayList<>(args.size());
            for (String a : args) if (!a.startsWith("-")) found.add(a);
            readings.nonOptions = known = List.copyOf(found);
        }
        return known;
    }

    public boolean is(String program) {
        return name.equals(program);
    }
}
