package dev.imgslim.fix.edits;

import dev.imgslim.rules.Fix;
import dev.imgslim.rules.RunView;
import dev.imgslim.rules.TextEdit;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.Flag;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fixes that add to or join shell-form RUNs, written in the file's own style: its escape character, the
 * continuation style of the RUN ({@code && } leading the next line or ending the line before) and its
 * indentation. No fix for exec form, heredoc scripts, or a RUN where the text could change meaning
 * (a {@code #} that may start a shell comment, a body ending in an operator).
 */
public final class RunEdits {
    /** Commands whose effect carries over to the next command of the same shell: joining RUNs would leak it. */
    private static final Set<String> STATEFUL = Set.of(
            "cd", "pushd", "popd", "export", "set", "source", ".", "umask", "unset", "alias", "shopt", "ulimit", "trap",
            "exec", "exit", "eval", "read", "declare", "typeset", "local");

    private RunEdits() {}

    /** A safe fix that runs {@code command} after the RUN's own commands, joined with {@code &&}. */
    public static List<Fix> append(Dockerfile file, RunView run, String command, String description) {
        Instruction ins = run.instruction();
        if (!plainShell(run)) return List.of();
        String body = ins.rest().strip();
        if (body.isEmpty() || endsWithOperator(body)) return List.of();
        int end = ins.spanOfRest(0, ins.rest().length()).endOffset();
        return List.of(Fix.safe(description, TextEdit.insert(end, joiner(file, ins) + command)));
    }

    /**
     * An unsafe fix that joins consecutive RUNs into the first with {@code &&} (a failure still fails the
     * step). Comments between them move above the first RUN; blank lines between them go. Refused when the
     * RUNs' flags differ (mounts, network, security), when one is a heredoc or exec form, when an earlier
     * RUN changes shell state a later one would then see (cd, export, set...), or when a later RUN's body
     * is more than one pipeline joined by {@code &&} (so {@code X && a; b} cannot run b after X failed).
     */
    public static List<Fix> merge(Dockerfile file, List<RunView> runs) {
        if (runs.size() < 2) return List.of();
        RunView first = runs.get(0);
        List<String> flags = flagTexts(first.instruction());
        for (int k = 0; k < runs.size(); k++) {
            RunView r = runs.get(k);
            if (!plainShell(r) || !flagTexts(r.instruction()).equals(flags)) return List.of();
            if (k < runs.size() - 1) {
                if (endsWithOperator(r.instruction().rest().strip())) return List.of();
                for (ShellCommand c : r.commands())
                    if (STATEFUL.contains(c.name()) || c.name().contains("=")) return List.of();
            }
            if (k > 0) for (String sep : r.separators()) if (!sep.equals("&&") && !sep.equals("|")) return List.of();
        }
        SourceText src = file.source();
        String text = src.text();
        List<TextEdit> edits = new ArrayList<>();
        StringBuilder moved = new StringBuilder();
        // The file's line ending, looked for only when a line is moved: a search of the whole text for every
        // group of RUNs was 0.5 % of the CPU of a 10,000-file lint (2026-12-06), and most groups move none.
        String eol = null;
        for (int k = 1; k < runs.size(); k++) {
            Instruction prev = runs.get(k - 1).instruction(), cur = runs.get(k).instruction();
            for (int line = prev.span().endLine() + 1; line < cur.span().startLine(); line++) {
                String l = src.line(line);
                if (l.isBlank()) continue;
                if (eol == null) eol = text.contains("\r\n") ? "\r\n" : "\n";
                moved.append(l.strip()).append(eol);
            }
            int from = prev.spanOfRest(0, prev.rest().length()).endOffset();
            int to = cur.spanOfRest(0, 0).startOffset();
            edits.add(new TextEdit(from, to, joiner(file, prev)));
        }
        if (moved.length() > 0) {
            Instruction head = first.instruction();
            String indent =
                    src.line(head.span().startLine()).substring(0, head.span().startColumn() - 1);
            StringBuilder block = new StringBuilder();
            for (String c : moved.toString().split("\r?\n"))
                block.append(c).append(eol).append(indent);
            edits.add(0, TextEdit.insert(head.span().startOffset(), block.toString()));
        }
        return List.of(new Fix("join the " + runs.size() + " RUNs into one with &&", Fix.Safety.UNSAFE, edits));
    }

    /**
     * A safe fix that moves a RUN holding only a package-index update ({@code RUN apt-get update}) into the
     * RUN right after it when that RUN installs with the same manager and has the same flags: the lone RUN's
     * lines go, and its command opens the next RUN, joined with {@code &&}. No fix when anything else stands
     * between them (another instruction), or either RUN is not plain shell form.
     */
    public static List<Fix> foldIntoNext(
            dev.imgslim.rules.LintContext ctx, dev.imgslim.build.Stage stage, RunView lone) {
        Instruction ins = lone.instruction();
        if (!plainShell(lone)
                || lone.commands().size() != 1
                || !lone.separators().isEmpty()) return List.of();
        var update = lone.commands().get(0).packageOperation();
        if (update.isEmpty()) return List.of();
        List<Instruction> all = stage.instructions();
        int k = all.indexOf(ins);
        if (k < 0 || k + 1 >= all.size() || !all.get(k + 1).is("RUN")) return List.of();
        RunView next = ctx.run(all.get(k + 1));
        if (!plainShell(next) || !flagTexts(next.instruction()).equals(flagTexts(ins))) return List.of();
        boolean installs = next.packageOperations().stream()
                .anyMatch(op -> op.manager() == update.get().manager() && op.isInstall());
        if (!installs) return List.of();
        SourceText src = ctx.file().source();
        int from = src.lineStart(ins.span().startLine());
        int to = ins.span().endLine() < src.lineCount()
                ? src.lineStart(ins.span().endLine() + 1)
                : src.text().length();
        int at = next.instruction().spanOfRest(0, 0).startOffset();
        return List.of(Fix.safe(
                "update in the RUN that installs",
                new TextEdit(from, to, ""),
                TextEdit.insert(at, ins.rest().strip() + " && ")));
    }

    /**
     * What goes between the RUN's last command and an added one: on a one-line RUN {@code " && "}; on a
     * continued RUN a continuation in its own style and indentation.
     */
    private static String joiner(Dockerfile file, Instruction ins) {
        SourceText src = file.source();
        int last = ins.span().endLine();
        if (ins.span().startLine() == last) return " && ";
        String lastLine = src.line(last);
        String indent = lastLine.substring(
                0, lastLine.length() - lastLine.stripLeading().length());
        String before = src.line(last - 1).stripTrailing();
        boolean trailingAnd = before.endsWith("&& " + file.escape()) || before.endsWith("&&" + file.escape());
        String nl = "\n";
        return trailingAnd ? " && " + file.escape() + nl + indent : " " + file.escape() + nl + indent + "&& ";
    }

    /** Shell form, no heredoc, one instruction, and no {@code #} that a shell could read as a comment. */
    static boolean plainShell(RunView run) {
        Instruction ins = run.instruction();
        if (!ins.is("RUN")
                || ins.isJson()
                || run.isHeredocScript()
                || !ins.heredocs().isEmpty()
                || !run.isShell()) return false;
        String body = ins.rest();
        for (int i = body.indexOf('#'); i >= 0; i = body.indexOf('#', i + 1)) {
            if (i == 0 || Character.isWhitespace(body.charAt(i - 1)) || body.charAt(i - 1) == ';') return false;
        }
        return true;
    }

    private static boolean endsWithOperator(String body) {
        return body.endsWith(";")
                || body.endsWith("&")
                || body.endsWith("|")
                || body.endsWith("(")
                || body.endsWith("{");
    }

    static List<String> flagTexts(Instruction ins) {
        List<String> out = new ArrayList<>();
        for (Flag f : ins.flags()) out.add(f.text());
        out.sort(null);
        return out;
    }
}
