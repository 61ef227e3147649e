package dev.imgslim.rules.shellcheck;

import dev.imgslim.build.Stage;
import dev.imgslim.build.StageShell;
import dev.imgslim.build.Variables;
import dev.imgslim.rules.LintContext;
import dev.imgslim.script.ShellCommand;
import dev.imgslim.script.ShellScript;
import dev.imgslim.syntax.Heredoc;
import dev.imgslim.syntax.Instruction;
import dev.imgslim.syntax.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the shell-form RUNs of a Dockerfile into the scripts shellcheck reads, one file per RUN:
 * <pre>
 *   #!/bin/sh                      the dialect (sh, bash, dash, ksh) of the shell that runs it
 *   export A='1.2' b ...           ARG and ENV names in scope (and the proxy ARGs), with their values where known
 *   apt-get install -y $PKGS       the RUN's text after its flags, continuations joined as BuildKit joins them
 * </pre>
 * Here-documents: {@code RUN <<EOF} (a heredoc as the whole command) checks the body, in the dialect of
 * its {@code #!} line or else of the stage's shell; {@code RUN bash <<EOF} checks the body as bash;
 * {@code RUN python3 <<EOF} is skipped; any other heredoc is data for a command ({@code cat <<EOF > f}),
 * so the RUN line and the bodies with their terminators are checked together, as the shell reads them.
 * Exec-form RUNs run no shell and are skipped; so are RUNs whose shell shellcheck cannot check.
 */
final class RunScripts {
    private static final Set<String> SHELLS =
            Set.of("sh", "bash", "dash", "ash", "ksh", "mksh", "zsh", "fish", "busybox", "pwsh", "powershell", "cmd");
    /** SC3043: {@code local}, which POSIX leaves out but every /bin/sh of an image has (dash, busybox ash, bash). */
    static final Set<Integer> EVERY_SH_HAS = Set.of(3043);
    /**
     * What Alpine's /bin/sh (busybox ash, built with its bash compatibility) runs although POSIX does not
     * define it: {@code $'..'} (SC3003), {@code [[ ]]} (SC3010), {@code &>} (SC3020), echo flags (SC3037),
     * {@code local} (SC3043), {@code source} (SC3046), {@code ${v:1:2}} (SC3057), {@code ${v/a/b}} (SC3060).
     * Brace expansion, arrays and {@code pushd}, which ash lacks, are still reported.
     */
    static final Set<Integer> BUSYBOX_ASH_HAS = Set.of(3003, 3010, 3020, 3037, 3043, 3046, 3057, 3060);

    private static final List<String> PREDEFINED_ARGS = List.copyOf(Variables.PREDEFINED_ARGS);
    private static final Pattern HEREDOC_MARKER = Pattern.compile("\\d*<<.*");

    private RunScripts() {}

    static List<Script> collect(LintContext ctx) {
        SourceText source = ctx.file().source();
        List<Script> out = new ArrayList<>();
        for (LintContext.StageRun sr : ctx.runs()) {
            Instruction run = sr.run().instruction();
            if (run.isJson()) continue;
            Script s = script(sr.stage(), run, source, "run-" + (out.size() + 1) + ".sh");
            if (s != null) out.add(s);
        }
        return out;
    }

    private static Script script(Stage stage, Instruction run, SourceText source, String fileName) {
        String stageShell = stage.shell(run).program();
        List<Heredoc> docs = run.heredocs();
        if (docs.isEmpty()) {
            return start(fileName, run, stageShell, stage)
                    .map(s -> s.source(run.rest(), run::spanOfRest))
                    .orElse(null);
        }
        List<ShellCommand> inline = new ArrayList<>();
        for (ShellCommand c : ShellScript.parse(run.rest()).commands()) {
            if (!HEREDOC_MARKER.matcher(c.name()).matches()) inline.add(c);
        }
        if (inline.isEmpty()) {
            // RUN <<EOF: BuildKit runs the body as a script, with its #! interpreter or the shell.
            if (docs.size() != 1) return null;
            Heredoc doc = docs.get(0);
            return start(fileName, run, shebang(doc.content()).orElse(stageShell), stage)
                    .map(s -> s.source(doc.content(), body(doc, source)))
                    .orElse(null);
        }
        ShellCommand first = inline.get(0);
        boolean fed = inline.size() == 1
                && first.args().stream().anyMatch(a -> a.startsWith("<<"))
                && first.args().stream().allMatch(a -> a.startsWith("-") || a.startsWith("<<"));
        if (fed && SHELLS.contains(first.name())) {
            // RUN bash <<EOF: the body is the script of that shell.
            Heredoc doc = docs.get(0);
            return start(fileName, run, first.name(), stage)
                    .map(s -> s.source(doc.content(), body(doc, source)))
                    .orElse(null);
        }
        if (fed && !first.name().equals("cat") && !first.name().equals("tee")) {
            // RUN python3 <<EOF: not shell.
            return null;
        }
        // Heredocs as data (cat <<EOF > file && ...): the shell reads the line, then the bodies.
        return start(fileName, run, stageShell, stage)
                .map(s -> {
                    s.source(run.rest(), run::spanOfRest);
                    for (Heredoc doc : docs) {
                        s.source(doc.content(), body(doc, source));
                        s.header(doc.name());
                    }
                    return s;
                })
                .orElse(null);
    }

    private static java.util.function.BiFunction<Integer, Integer, dev.imgslim.syntax.Span> body(
            Heredoc doc, SourceText source) {
        int base = source.lineStart(doc.bodyStartLine());
        return (a, b) -> source.span(base + a, base + b);
    }

    /** The script's header, or empty when shellcheck cannot check {@code shell}. */
    private static java.util.Optional<Script> start(String fileName, Instruction run, String shell, Stage stage) {
        String dialect = StageShell.shellcheckDialect(shell);
        if (dialect == null) return java.util.Optional.empty();
        Set<Integer> quiet = Set.of();
        if (dialect.equals("sh")) {
            String program = StageShell.programName(shell);
            boolean busybox = program.equals("ash") || program.equals("busybox") || isAlpine(stage);
            quiet = busybox ? BUSYBOX_ASH_HAS : EVERY_SH_HAS;
        }
        Script s = new Script(fileName, run, quiet).header("#!/bin/" + dialect);
        s.header(exports(stage.variablesBefore(run)));
        return java.util.Optional.of(s);
    }

    /** True when the image the stage starts from names Alpine ({@code alpine:3.20}, {@code python:3.12-alpine}): /bin/sh is busybox ash. */
    static boolean isAlpine(Stage stage) {
        Stage root = stage.root();
        String base = root.baseText() + " " + root.baseExpansion().value();
        return base.toLowerCase(java.util.Locale.ROOT).contains("alpine");
    }

    /**
     * One line declaring the variables in scope: {@code export A='1.2' b}. A value the Dockerfile gives
     * (an ENV value, an ARG default or {@code --build-arg}) that is one plain word is passed, so ShellCheck
     * knows {@code $A} needs no quotes; any other value (spaces, globs, quotes, {@code $}), and an ARG
     * without a value, is declared bare: set, but unknown, so an unquoted use still gets SC2086. (A value
     * with quotes would also make ShellCheck warn about the quotes, SC2089/SC2090, on the user's line.)
     */
    static String exports(Variables vars) {
        // Sorted in a list and checked by hand: a TreeSet and two regex matches per name were over half the
        // cost of making the scripts in a cached 280-file run (every RUN has this line).
        List<String> names = new ArrayList<>(vars.names());
        names.addAll(PREDEFINED_ARGS);
        names.sort(null);
        StringBuilder out = new StringBuilder("export");
        String previous = null;
        for (String n : names) {
            if (n.equals(previous) || !isName(n)) continue;
            previous = n;
            out.append(' ').append(n);
            String v = vars.get(n);
            if (v != null && isPlainWord(v)) out.append("='").append(v).append('\'');
        }
        return out.toString();
    }

    /** A shell variable name: {@code [A-Za-z_][A-Za-z0-9_]*}. */
    static boolean isName(String s) {
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(isAsciiLetterOrDigit(c) || c == '_')) return false;
        }
        return true;
    }

    /** One word the shell takes as it is, no quotes needed: {@code [A-Za-z0-9_./:@%+,=~^-]*}. */
    static boolean isPlainWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(isAsciiLetterOrDigit(c) || "_./:@%+,=~^-".indexOf(c) >= 0)) return false;
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** The program of a {@code #!} line ({@code #!/usr/bin/env bash} gives {@code bash}), if the script has one. */
    static Optional<String> shebang(String content) {
        if (!content.startsWith("#!")) return Optional.empty();
        String line = content.lines().findFirst().orElse("").substring(2).trim();
        if (line.isEmpty()) return Optional.empty();
        String[] parts = line.split("\\s+");
        String prog = StageShell.programName(parts[0]);
        if (prog.equals("env")) {
            for (int i = 1; i < parts.length; i++)
                if (!parts[i].startsWith("-")) return Optional.of(StageShell.programName(parts[i]));
            return Optional.empty();
        }
        return Optional.of(prog);
    }
}
