package dev.imgslim.fix;

import dev.imgslim.config.Config;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParseException;
import dev.imgslim.syntax.DockerfileParser;
import dev.imgslim.syntax.InstructionValidator;

/**
 * Fixes one Dockerfile's text with the lint engine: each pass parses the text as BuildKit does, lints it
 * (config ignores and inline suppressions apply as in {@code lint}; ShellCheck is off, it offers no fixes)
 * and hands the findings to the {@link FixLoop}.
 */
public final class DockerfileFixer {
    private final LintEngine engine;
    private final FixSelection selection;

    public DockerfileFixer(LintEngine engine, FixSelection selection) {
        this.engine = engine;
        this.selection = selection;
    }

    /**
     * Applies every selected fix to one Dockerfile until the findings settle.
     *
     * @param name    the path as the user named it ({@code -} for stdin), for positions in messages
     * @param options the lint options of this file (config, build args, target, context)
     * @throws DockerfileParseException when the original does not parse
     */
    public FixLoop.Outcome fix(String name, String text, LintOptions options) throws DockerfileParseException {
        Config config = options.config().withShellcheck(false);
        LintOptions quiet = new LintOptions(
                config, options.buildArgs(), options.target(), options.contextDir(), options.dockerfilePath());
        return new FixLoop(selection).run(text, t -> {
            Dockerfile df = new DockerfileParser().parse(name, t);
            InstructionValidator.validate(df);
            return engine.lint(df, quiet);
        });
    }
}
