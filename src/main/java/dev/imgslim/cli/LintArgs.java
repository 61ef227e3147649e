package dev.imgslim.cli;

import dev.imgslim.config.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code imgslim lint} was asked to do, as its command line says it, before any file or setting is
 * read: made by picocli ({@link LintCommand}) or, for a plain command line, by {@link PlainArguments}; {@link
 * Lint} does the rest. An option not given is null, false or an empty list.
 *
 * @param paths the files and folders to lint ({@code -} for standard input)
 * @param format {@code -f/--format}
 * @param output {@code -o/--output}
 * @param failureThreshold {@code --failure-threshold}
 * @param config {@code -c/--config}
 * @param ignore {@code --ignore}, each comma-separated part
 * @param enable {@code --enable}, each comma-separated part
 * @param buildArgs {@code --build-arg}, unresolved ({@code KEY} alone takes its value from the environment)
 * @param sizeBudget {@code --size-budget} in bytes
 * @param maxFileSize {@code --max-file-size} in bytes
 */
record LintArgs(
        List<String> paths,
        String format,
        Path output,
        Severity failureThreshold,
        boolean noFail,
        Path config,
        List<String> ignore,
        List<String> enable,
        List<RuleSeverity> severity,
        List<BuildArg> buildArgs,
        String target,
        Path context,
        List<String> trustedRegistries,
        boolean noColor,
        boolean noShellcheck,
        boolean size,
        Long sizeBudget,
        Long maxFileSize,
        boolean probe,
        String image,
        boolean registry,
        boolean verbose) {}
