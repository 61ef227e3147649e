package dev.imgslim.fix;

import dev.imgslim.lint.FileResult;
import dev.imgslim.lint.LintRun;
import dev.imgslim.lint.LintSettings;
import dev.imgslim.rules.Finding;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParseException;
import dev.imgslim.syntax.DockerfileParser;
import dev.imgslim.syntax.InstructionValidator;
import java.util.List;

/**
 * Fixes one Dockerfile's text through the one lint workflow, {@link LintRun}: the original is read and
 * linted as {@code lint} does (size cap, BuildKit's parse and checks, {@code --target}, config ignores and
 * inline suppressions, each file's folder as its context), and every pass of the {@link FixLoop} lints its
 * text with the same run. ShellCheck is off: it offers no fixes.
 */
public final class DockerfileFixer {
    private final LintRun run;
    private final FixSelection selection;

    /** @param run the lint run; its settings' config should have ShellCheck off ({@link #quiet}) */
    public DockerfileFixer(LintRun run, FixSelection selection) {
        this.run = run;
        this.selection = selection;
    }

    /** The settings a fix lints with: these, ShellCheck off. */
    public static LintSettings quiet(LintSettings settings) {
        return new LintSettings(
                settings.config().withShellcheck(false),
                settings.catalog(),
                settings.buildArgs(),
                settings.target(),
                settings.contextDir(),
                settings.maxInputBytes(),
                null, // no ShellCheck, so no cache of its results
                null);
    }

    /** The same fixer with another selection (fix --verify applies the rules one at a time). */
    public DockerfileFixer with(FixSelection other) {
        return new DockerfileFixer(run, other);
    }

    /**
     * Reads, lints and fixes a file the user named ({@code -} for stdin).
     *
     * @throws DockerfileParseException when it cannot be read or does not parse (the lint run's error)
     */
    public FixLoop.Outcome fix(String name) throws DockerfileParseException {
        FileResult r = run.lintFile(name);
        if (!r.ok())
            throw new DockerfileParseException(
                    r.error().line(), r.error().column(), r.error().message());
        return fix(name, r.parsed().source().text(), r.findings());
    }

    /**
     * Fixes a text as if it were the file {@code name} (its folder is the context).
     *
     * @throws DockerfileParseException when the text does not parse
     */
    public FixLoop.Outcome fix(String name, String text) throws DockerfileParseException {
        return new FixLoop(selection).run(text, t -> lint(name, t));
    }

    private FixLoop.Outcome fix(String name, String text, List<Finding> first) throws DockerfileParseException {
        return new FixLoop(selection).run(text, first, t -> lint(name, t));
    }

    private List<Finding> lint(String name, String text) throws DockerfileParseException {
        Dockerfile df = new DockerfileParser().parse(name, text);
        InstructionValidator.validate(df);
        return run.lint(name, df);
    }
}
