package dev.imgslim.rules.shellcheck;

import dev.imgslim.build.Stage;
import dev.imgslim.syntax.Comment;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.Instruction;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which shell runs a RUN's shell form, as far as the Dockerfile tells:
 * {@code # imgslim shell=NAME} right above the RUN, else the last {@code SHELL [...]} (or hadolint's
 * {@code # hadolint shell=NAME}, which holds from the next instruction on) of the stage or of the stages
 * it is built FROM, else {@code # imgslim global shell=NAME} (for a base image whose config
 * sets another shell), else {@code cmd} for a Windows Dockerfile (see {@link #isWindows}), else {@code sh}.
 * Anything after a second {@code #} is a reason and is ignored.
 */
final class ShellChoice {
    private static final Pattern PRAGMA = Pattern.compile("^imgslim\\s+(global\\s+)?shell\\s*=\\s*([^\\s#]+)\\s*(#.*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HADOLINT = Pattern.compile("^hadolint\\s+shell\\s*=\\s*([^\\s#]+)\\s*(#.*)?$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern WINDOWS = Pattern.compile("windows|nanoserver|servercore", Pattern.CASE_INSENSITIVE);

    private final Map<Instruction, String> perRun = new IdentityHashMap<>();
    /** {@code # hadolint shell=NAME}: like a SHELL instruction, from the next instruction on. */
    private final Map<Instruction, String> fromHere = new IdentityHashMap<>();
    private final Dockerfile file;
    private String global;

    ShellChoice(Dockerfile file) {
        this.file = file;
        for (Comment c : file.comments()) {
            Matcher h = HADOLINT.matcher(c.text());
            if (h.matches()) {
                Instruction next = nextInstruction(file, c.line());
                if (next != null) fromHere.put(next, programName(h.group(1)));
                continue;
            }
            Matcher m = PRAGMA.matcher(c.text());
            if (!m.matches()) continue;
            if (m.group(1) != null) {
                global = m.group(2);
            } else {
                Instruction next = nextInstruction(file, c.line());
                if (next != null) perRun.put(next, m.group(2));
            }
        }
    }

    /** The program name of the shell for {@code run} in {@code stage} ({@code sh}, {@code bash}, {@code powershell}...). */
    String shellFor(Stage stage, Instruction run) {
        String pragma = perRun.get(run);
        if (pragma != null) return programName(pragma);
        String declared = shellInstruction(stage, run);
        if (declared != null) return declared;
        if (global != null) return programName(global);
        return isWindows(file, stage) ? "cmd" : "sh";
    }

    /** True when the image the stage starts from names Alpine ({@code alpine:3.20}, {@code python:3.12-alpine}): /bin/sh is busybox ash. */
    static boolean isAlpine(Stage stage) {
        Stage root = stage;
        while (root.parent() != null) root = root.parent();
        String base = (root.baseText() == null ? "" : root.baseText()) + " "
                + (root.baseExpansion() == null ? "" : root.baseExpansion().value());
        return base.toLowerCase(Locale.ROOT).contains("alpine");
    }

    /**
     * True when the stage builds a Windows image, whose default shell is {@code cmd /S /C}: the file uses
     * {@code # escape=`} (a Windows convention: backslashes are path separators there), its name says
     * {@code windows} ({@code Dockerfile_windows}), or the image the stage starts from does
     * ({@code mcr.microsoft.com/windows/servercore}, {@code ...:nanoserver-1809}, {@code ${WINDOWS_BASE}}).
     */
    static boolean isWindows(Dockerfile file, Stage stage) {
        if (file.escape() == '`') return true;
        String path = file.path() == null ? "" : file.path().replace('\\', '/');
        if (WINDOWS.matcher(path.substring(path.lastIndexOf('/') + 1)).find()) return true;
        Stage root = stage;
        while (root.parent() != null) root = root.parent();
        if (root.baseText() != null && WINDOWS.matcher(root.baseText()).find()) return true;
        return root.baseExpansion() != null && WINDOWS.matcher(root.baseExpansion().value()).find();
    }

    /** The last SHELL before {@code upTo} in the stage, else the last one of its parent stages; null when none. */
    private String shellInstruction(Stage stage, Instruction upTo) {
        for (Stage s = stage; s != null; s = s.parent()) {
            String found = fromHere.get(s.from());
            for (Instruction ins : s.instructions()) {
                if (fromHere.containsKey(ins)) found = fromHere.get(ins);
                if (ins == upTo) break;
                if (ins.is("SHELL") && ins.isJson() && !ins.args().isEmpty()) found = programName(ins.args().get(0));
            }
            if (found != null) return found;
            upTo = null;
        }
        return null;
    }

    /** {@code /bin/bash} gives {@code bash}; {@code C:\\...\\powershell.exe} gives {@code powershell}. */
    static String programName(String path) {
        String p = path.trim();
        int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        String name = p.substring(slash + 1).toLowerCase(Locale.ROOT);
        return name.endsWith(".exe") ? name.substring(0, name.length() - 4) : name;
    }

    /**
     * shellcheck's dialect for a shell program, or null when shellcheck cannot check it (PowerShell,
     * cmd, zsh, fish, an interpreter such as python). ash and busybox sh are checked as POSIX sh.
     */
    static String dialect(String program) {
        switch (programName(program)) {
            case "sh": case "ash": case "busybox": return "sh";
            case "dash": return "dash";
            case "bash": return "bash";
            case "ksh": case "mksh": case "ksh93": case "pdksh": return "ksh";
            default: return null;
        }
    }

    private static Instruction nextInstruction(Dockerfile file, int line) {
        for (Instruction ins : file.instructions()) if (ins.span().startLine() > line) return ins;
        return null;
    }
}
