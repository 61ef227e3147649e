package dev.imgslim.build;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The shell that runs a shell-form RUN: one decision shared by ShellCheck, pipe-without-pipefail and
 * every shell rule (see {@link ShellDecisions} for where it comes from).
 *
 * @param argv    the shell's command line as declared ({@code [/bin/bash, -o, pipefail, -c]}); a pragma
 *                gives just the program
 * @param program the program's base name, lower case, without {@code .exe}; {@code busybox sh} gives {@code sh}
 * @param origin  what decided it
 */
public record StageShell(List<String> argv, String program, Origin origin) {
    public static final List<String> POSIX_DEFAULT = List.of("/bin/sh", "-c");
    public static final StageShell DEFAULT = new StageShell(POSIX_DEFAULT, "sh", Origin.DEFAULT);
    public static final StageShell WINDOWS_DEFAULT =
            new StageShell(List.of("cmd", "/S", "/C"), "cmd", Origin.WINDOWS_BASE);
    private static final Set<String> POSIX = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");

    public enum Origin {
        /** {@code /bin/sh -c}, the Linux default. */
        DEFAULT,
        /** {@code cmd /S /C}: a Windows base or a file named for Windows. */
        WINDOWS_BASE,
        /** A {@code SHELL [...]} instruction of the stage or a stage it is built FROM. */
        SHELL_INSTRUCTION,
        /** {@code # hadolint shell=NAME}, which holds from the next instruction on. */
        HADOLINT_PRAGMA,
        /** {@code # imgslim shell=NAME} right above the RUN. */
        RUN_PRAGMA,
        /** {@code # imgslim global shell=NAME}: a base image whose config sets another shell. */
        GLOBAL_PRAGMA
    }

    static StageShell of(List<String> argv, Origin origin) {
        return new StageShell(List.copyOf(argv), programOf(argv), origin);
    }

    /** True for a POSIX-like shell (sh, bash, ash, dash, zsh, ksh, mksh), where shell-command rules apply. */
    public boolean isPosix() {
        return POSIX.contains(program);
    }

    public boolean isWindows() {
        return program.equals("cmd") || program.startsWith("powershell") || program.equals("pwsh");
    }

    /** True when the declared command line turns pipefail on ({@code -o pipefail}, {@code -eo pipefail}). */
    public boolean setsPipefail() {
        return setsPipefail(argv);
    }

    /**
     * ShellCheck's dialect for the program, or null when ShellCheck cannot check it (PowerShell, cmd, zsh,
     * fish, an interpreter such as python). ash and busybox sh are checked as POSIX sh.
     */
    public String shellcheckDialect() {
        return shellcheckDialect(program);
    }

    /** ShellCheck's dialect for a shell program name or path, or null when ShellCheck cannot check it. */
    public static String shellcheckDialect(String program) {
        switch (programName(program)) {
            case "sh":
            case "ash":
            case "busybox":
                return "sh";
            case "dash":
                return "dash";
            case "bash":
                return "bash";
            case "ksh":
            case "mksh":
            case "ksh93":
            case "pdksh":
                return "ksh";
            default:
                return null;
        }
    }

    /** True when {@code args} hold {@code -o pipefail} (also in a short-option cluster such as {@code -eo}). */
    public static boolean setsPipefail(List<String> args) {
        for (int i = 0; i + 1 < args.size(); i++) {
            String a = args.get(i);
            if (args.get(i + 1).equals("pipefail") && a.startsWith("-") && !a.startsWith("--") && a.endsWith("o"))
                return true;
        }
        return false;
    }

    /** {@code /bin/bash} gives {@code bash}; {@code C:\...\powershell.exe} gives {@code powershell}. */
    public static String programName(String path) {
        String p = path.trim();
        int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        String name = p.substring(slash + 1).toLowerCase(Locale.ROOT);
        return name.endsWith(".exe") ? name.substring(0, name.length() - 4) : name;
    }

    private static String programOf(List<String> argv) {
        if (argv.isEmpty()) return "sh";
        String p = programName(argv.get(0));
        if (p.equals("busybox") && argv.size() > 1) p = programName(argv.get(1));
        return p;
    }
}
