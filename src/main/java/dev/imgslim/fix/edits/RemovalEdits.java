package dev.imgslim.fix.edits;

import dev.imgslim.build.Stage;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.LintContext;
import dev.imgslim.rules.RunView;
import dev.imgslim.rules.TextEdit;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.SourceText;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The unsafe fix for {@code RUN curl -o /tmp/x.tgz ... && tar -xzf /tmp/x.tgz} followed by
 * {@code RUN rm /tmp/x.tgz}: the {@code rm} moves to the end of the RUN that created the files (joined with
 * {@code &&}), so they never reach a layer. Unsafe: the files are gone earlier than before, and something
 * between the two RUNs might have wanted them. Offered only in the plain shape where nothing between can:
 *
 * <ul>
 *   <li>every path the {@code rm} removes was created by that one earlier RUN of the same stage, and is an
 *       absolute literal path (globs allowed; no variables, so it means the same in the other RUN);
 *   <li>the {@code rm} is the RUN's first command: alone, or followed by {@code &&} (what comes after it ran
 *       without the files already);
 *   <li>only instructions that change no file and no shell state stand between the two RUNs (LABEL, EXPOSE,
 *       CMD, ENTRYPOINT, HEALTHCHECK, STOPSIGNAL, MAINTAINER), or RUNs whose text names none of the removed
 *       files (no glob then: a glob could match what such a RUN writes); no COPY, ADD, ENV, ARG, WORKDIR,
 *       USER, SHELL, VOLUME or ONBUILD. A RUN between that reads the files some other way (a script, a
 *       folder walk) would break: that is what makes the fix unsafe;
 *   <li>both RUNs are plain shell form with the same flags (mounts, network, security).
 * </ul>
 */
public final class RemovalEdits {
    private static final Pattern LITERAL_PATH = Pattern.compile("/[A-Za-z0-9_.@+/*?-]*");
    private static final Set<String> HARMLESS =
            Set.of("LABEL", "EXPOSE", "CMD", "ENTRYPOINT", "HEALTHCHECK", "STOPSIGNAL", "MAINTAINER");

    private RemovalEdits() {}

    /**
     * Moves an {@code rm} into the RUN that created the files it removes.
     *
     * @param creators      the instructions whose layers hold what the {@code rm} removes
     * @param everyOperand  true when each of the {@code rm}'s paths was found among them
     */
    @SuppressWarnings("ReferenceEquality") // the same parsed command object, not an equal one, is meant
    public static List<Fix> intoCreator(
            LintContext ctx, RunView run, ShellCommand rm, List<Instruction> creators, boolean everyOperand) {
        if (!everyOperand || creators.isEmpty()) return List.of();
        Instruction creator = creators.get(0);
        for (Instruction c : creators) if (c != creator) return List.of();
        Instruction ins = run.instruction();
        if (!creator.is("RUN")
                || !rm.is("rm")
                || rm.nested()
                || rm.pipeline()
                || !rm.wrappers().isEmpty()) return List.of();
        List<ShellCommand> commands = run.commands();
        if (commands.isEmpty() || commands.get(0) != rm) return List.of();
        boolean alone = commands.size() == 1 && run.separators().isEmpty();
        // `rm x &&` with no command after the operator (a trailing `&& \` before a comment line): nothing to join
        if (!alone
                && (commands.size() < 2
                        || run.separators().isEmpty()
                        || !run.separators().get(0).equals("&&")
                        || commands.get(1).nested())) return List.of();
        for (ShellCommand.Word w : rm.argWords()) {
            if (!w.raw().equals(w.value())) return List.of();
            if (!w.value().startsWith("-") && !LITERAL_PATH.matcher(w.value()).matches()) return List.of();
        }
        Optional<Stage> stage = stageOf(ctx, ins);
        if (stage.isEmpty()) return List.of();
        List<Instruction> all = stage.get().instructions();
        int from = all.indexOf(creator), to = all.indexOf(ins);
        if (from < 0 || to <= from) return List.of();
        for (Instruction between : all.subList(from + 1, to))
            if (!HARMLESS.contains(between.command()) && !(between.is("RUN") && ignores(between, rm))) return List.of();
        RunView made = ctx.run(creator);
        if (!RunEdits.plainShell(run) || !RunEdits.flagTexts(creator).equals(RunEdits.flagTexts(ins))) return List.of();

        SourceText src = ctx.file().source();
        String text = src.text();
        int rmStart = run.span(rm).startOffset(), rmEnd = run.span(rm).endOffset();
        String rmText = text.substring(rmStart, rmEnd);
        if (rmText.contains("\n")) return List.of(); // a continued rm: keep it where it is
        List<Fix> append = RunEdits.append(ctx.file(), made, rmText, "move");
        if (append.isEmpty()) return List.of();
        TextEdit remove;
        if (alone) {
            if (!ins.rest().strip().equals(rmText)) return List.of(); // a redirection or comment rides along
            int start = src.lineStart(ins.span().startLine());
            int end = ins.span().endLine() < src.lineCount()
                    ? src.lineStart(ins.span().endLine() + 1)
                    : text.length();
            remove = new TextEdit(start, end, "");
        } else {
            int next = run.span(commands.get(1)).startOffset();
            String gap = text.substring(rmEnd, next);
            if (!gap.replace(String.valueOf(ctx.file().escape()), "")
                    .replace("&&", "")
                    .isBlank()) return List.of();
            remove = new TextEdit(rmStart, next, "");
        }
        return List.of(new Fix(
                "move '" + rmText + "' into the RUN at line " + creator.line()
                        + " that creates the files (they never reach a layer; nothing between needs them)",
                Fix.Safety.UNSAFE,
                List.of(append.get(0).edits().get(0), remove)));
    }

    /** A RUN between the two that names none of the removed paths (by their last step), when none is a glob. */
    private static boolean ignores(Instruction between, ShellCommand rm) {
        String text = between.original();
        for (String a : rm.nonOptions()) {
            if (a.contains("*") || a.contains("?")) return false;
            String p = a.endsWith("/") ? a.substring(0, a.length() - 1) : a;
            String name = p.substring(p.lastIndexOf('/') + 1);
            if (name.isEmpty() || text.contains(name)) return false;
        }
        return true;
    }

    private static Optional<Stage> stageOf(LintContext ctx, Instruction ins) {
        return Optional.ofNullable(ctx.model().stageOf(ins)); // a binary search, not a scan of every stage
    }
}
