package dev.imgslim.fix.edits;

import dev.imgslim.rules.Fix;
import dev.imgslim.rules.RunView;
import dev.imgslim.rules.TextEdit;
import dev.imgslim.script.PackageManager;
import dev.imgslim.script.PackageOperation;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.Span;
import java.util.List;
import java.util.Optional;

/**
 * Fixes for package-manager commands, placed with the spans of the model's {@link PackageOperation} (never
 * by re-reading command words): a switch right after the verb, or a cleanup command after the RUN's own.
 */
public final class PackageEdits {
    private PackageEdits() {}

    /** A safe fix that writes {@code option} right after the operation's verb ({@code pip install --no-cache-dir}). */
    public static List<Fix> addOption(RunView run, PackageOperation op, String option) {
        ShellCommand.Word verb = op.verbWord();
        if (verb == null || run.instruction().isJson() || !verb.raw().equals(verb.value())) return List.of();
        Span at = run.span(op, verb);
        if (at == null || at.endOffset() < 0 || at.equals(run.instruction().span())) return List.of();
        return List.of(Fix.safe("add " + option, TextEdit.insert(at.endOffset(), " " + option)));
    }

    /**
     * The fix for a package cache left in the layer by {@code command}: {@code --no-cache-dir} for pip,
     * {@code --no-cache} for apk, otherwise the manager's own cleanup appended to the RUN
     * ({@code dnf clean all}, {@code zypper clean -a}, {@code npm cache clean --force}, {@code yarn cache clean},
     * {@code conda clean -afy}). Safe: it only removes the cache.
     */
    public static List<Fix> cacheFix(Dockerfile file, RunView run, ShellCommand command) {
        Optional<PackageOperation> found = PackageOperation.of(command);
        if (found.isEmpty()) return List.of();
        PackageOperation op = found.get();
        PackageManager m = op.manager();
        String name = command.name();
        return switch (m) {
            case PIP -> addOption(run, op, "--no-cache-dir");
            case APK -> addOption(run, op, "--no-cache");
            case YUM, DNF, MICRODNF -> RunEdits.append(file, run, name + " clean all", "add '" + name + " clean all'");
            case ZYPPER -> RunEdits.append(file, run, "zypper clean -a", "add 'zypper clean -a'");
            case NPM -> RunEdits.append(file, run, "npm cache clean --force", "add 'npm cache clean --force'");
            case YARN -> RunEdits.append(file, run, "yarn cache clean", "add 'yarn cache clean'");
            case CONDA, MAMBA, MICROMAMBA ->
                RunEdits.append(file, run, name + " clean -afy", "add '" + name + " clean -afy'");
            default -> List.of();
        };
    }

    /** {@code apt install} → {@code apt-get install}: the command word, when the source writes it plainly as {@code apt}. */
    public static List<Fix> aptGet(Dockerfile file, RunView run, ShellCommand command) {
        Span s = run.span(command);
        if (run.instruction().isJson()
                || s == null
                || s.startOffset() < 0
                || s.equals(run.instruction().span())) return List.of();
        String text = file.source().text();
        int at = s.startOffset();
        if (!text.startsWith("apt", at) || at + 3 >= text.length() || !Character.isWhitespace(text.charAt(at + 3)))
            return List.of();
        return List.of(Fix.safe("use apt-get", new TextEdit(at, at + 3, "apt-get")));
    }
}
