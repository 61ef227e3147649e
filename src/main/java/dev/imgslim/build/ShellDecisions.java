package dev.imgslim.build;

import dev.imgslim.syntax.Comment;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.Shell;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which shell runs each shell-form instruction, once per file. In order: {@code # imgslim shell=NAME}
 * right above the RUN; else the last {@code SHELL [...]} (or {@code # hadolint shell=NAME}, which holds
 * from the next instruction on) of the stage or of the stages it is built FROM; else
 * {@code # imgslim global shell=NAME} (for a base image whose config sets another shell); else
 * {@code cmd} for a Windows stage; else {@code /bin/sh -c}. Anything after a second {@code #} in a
 * pragma is a reason and is ignored.
 *
 * <p>A stage is Windows when the image it starts from names Windows ({@code mcr.microsoft.com/windows/servercore},
 * {@code ...:nanoserver-1809}, {@code ${WINDOWS_BASE}}) or the file's name does ({@code Dockerfile_windows}).
 * The {@code # escape=`} directive does not make a stage with a known Linux base Windows: it is common on
 * Windows, but a {@code debian} stage that uses it still runs {@code /bin/sh -c}. Only when the base cannot
 * be named ({@code FROM $BASE} without a value) is it taken as the hint it usually is.
 */
final class ShellDecisions {
    private static final Pattern PRAGMA =
            Pattern.compile("^imgslim\\s+(global\\s+)?shell\\s*=\\s*([^\\s#]+)\\s*(#.*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HADOLINT =
            Pattern.compile("^hadolint\\s+shell\\s*=\\s*([^\\s#]+)\\s*(#.*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WINDOWS = Pattern.compile("windows|nanoserver|servercore", Pattern.CASE_INSENSITIVE);

    private final IdentityHashMap<Instruction, StageShell> runPragma = new IdentityHashMap<>();
    private final IdentityHashMap<Instruction, StageShell> hadolintPragma = new IdentityHashMap<>();
    private final StageShell global;
    private final boolean windowsFileName;
    private final boolean backtickEscape;

    ShellDecisions(Dockerfile file) {
        String globalName = null;
        List<Instruction> all = file.instructions();
        int next = 0;
        // The line of all.get(next), read once per instruction (a binary search each) rather than per comment.
        int nextLine = all.isEmpty() ? Integer.MAX_VALUE : all.get(0).line();
        // Comments and instructions are both in line order: one pass pairs each pragma with the next instruction.
        for (Comment c : file.comments()) {
            while (next < all.size() && nextLine <= c.line()) {
                next++;
                nextLine = next < all.size() ? all.get(next).line() : Integer.MAX_VALUE;
            }
            // Both patterns are anchored at a word: a comment that starts with neither (most) runs no matcher.
            // regionMatches' case folding is looser than the patterns' ASCII one, never stricter.
            String text = c.text();
            if (!text.regionMatches(true, 0, "hadolint", 0, 8) && !text.regionMatches(true, 0, "imgslim", 0, 7))
                continue;
            Instruction following = next < all.size() ? all.get(next) : null;
            Matcher h = HADOLINT.matcher(c.text());
            if (h.matches()) {
                if (following != null)
                    hadolintPragma.put(
                            following, StageShell.of(List.of(h.group(1)), StageShell.Origin.HADOLINT_PRAGMA));
                continue;
            }
            Matcher m = PRAGMA.matcher(c.text());
            if (!m.matches()) continue;
            if (m.group(1) != null) globalName = m.group(2);
            else if (following != null)
                runPragma.put(following, StageShell.of(List.of(m.group(2)), StageShell.Origin.RUN_PRAGMA));
        }
        this.global = globalName == null ? null : StageShell.of(List.of(globalName), StageShell.Origin.GLOBAL_PRAGMA);
        String path = file.path() == null ? "" : file.path().replace('\\', '/');
        this.windowsFileName =
                WINDOWS.matcher(path.substring(path.lastIndexOf('/') + 1)).find();
        this.backtickEscape = file.escape() == '`';
    }

    /** True when a stage whose chain starts from {@code root} builds a Windows image. */
    boolean isWindows(Stage root) {
        String text = root.baseText();
        String expanded = root.baseExpansion().value();
        if (windowsFileName
                || WINDOWS.matcher(text).find()
                || WINDOWS.matcher(expanded).find()) return true;
        return backtickEscape && root.base() instanceof StageBase.Unresolved;
    }

    /**
     * The declared shell (SHELL or hadolint pragma; null when none) before each instruction of a stage
     * and, as the last element, at its end. {@code inherited} is the parent stage's shell at its end.
     */
    StageShell[] declared(StageShell inherited, Instruction from, List<Instruction> body) {
        StageShell[] out = new StageShell[body.size() + 1];
        StageShell current = hadolintPragma.getOrDefault(from, inherited);
        for (int i = 0; i < body.size(); i++) {
            Instruction ins = body.get(i);
            current = hadolintPragma.getOrDefault(ins, current);
            out[i] = current;
            if (ins instanceof Shell shell && !shell.argv().isEmpty())
                current = StageShell.of(shell.args(), StageShell.Origin.SHELL_INSTRUCTION);
        }
        out[body.size()] = current;
        return out;
    }

    /** The shell in effect for {@code ins}, given what was declared before it. */
    StageShell effective(Instruction ins, StageShell declared, boolean windows) {
        StageShell pragma = ins == null ? null : runPragma.get(ins);
        if (pragma != null) return pragma;
        if (declared != null) return declared;
        if (global != null) return global;
        return windows ? StageShell.WINDOWS_DEFAULT : StageShell.DEFAULT;
    }
}
