package dev.imgslim.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.imgslim.config.Config;
import dev.imgslim.config.ConfigLoader;
import dev.imgslim.ignore.DockerIgnore;
import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.rules.Rule;
import dev.imgslim.shell.Env;
import dev.imgslim.shell.ShellLexException;
import dev.imgslim.shell.ShellLexer;
import dev.imgslim.syntax.Dockerfile;
import dev.imgslim.syntax.DockerfileParseException;
import dev.imgslim.syntax.DockerfileParser;
import dev.imgslim.syntax.InstructionValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The code under fuzzing, one method per target. Each method runs one input through the real code and
 * lets through only the exception that code documents for bad input (a parse error, a lexer error, a
 * config error): anything else escaping is a bug, and so is a hang. The Jazzer fuzz tests and the seed
 * replay ({@link FuzzSeedsTest}) call the same methods.
 */
final class FuzzTargets {
    private FuzzTargets() {}

    /** Reader and parser: bytes as a Dockerfile (strict UTF-8), then BuildKit's post-parse checks. */
    static Dockerfile parse(byte[] input) {
        try {
            Dockerfile df = new DockerfileParser().parse("Dockerfile", DockerfileParser.decode(input));
            InstructionValidator.validate(df);
            return df;
        } catch (DockerfileParseException e) {
            if (e.line() < 1) throw new AssertionError("parse error without a position: " + e.getMessage(), e);
            return null;
        }
    }

    private static final List<Rule> RULES = BuiltinRules.all().stream()
            .filter(r -> !r.meta().name().equals("shellcheck"))
            .toList();
    private static final LintOptions LINT =
            new LintOptions(Config.defaults().withShellcheck(false), Map.of(), null, null, null);

    /** The rule engine with every rule (but the external shellcheck) on whatever parses. */
    static void lint(byte[] input) {
        Dockerfile df = parse(input);
        if (df != null) new LintEngine(RULES).lint(df, LINT);
    }

    private static final Env ENV = Env.of(Map.of("A", "a", "EMPTY", "", "PATH", "/usr/bin:/bin", "V", "x y*z"));

    /** BuildKit's word processor: quote removal, escapes and variable expansion, in each of its modes. */
    static void shellWord(FuzzedDataProvider data) {
        char escape = data.consumeBoolean() ? '\\' : '`';
        ShellLexer lexer = new ShellLexer(escape)
                .rawQuotes(data.consumeBoolean())
                .rawEscapes(data.consumeBoolean())
                .skipUnsetEnv(data.consumeBoolean())
                .skipProcessQuotes(data.consumeBoolean());
        String word = data.consumeRemainingAsString();
        try {
            lexer.process(word, ENV);
        } catch (ShellLexException expected) {
            // a malformed word: the parser turns it into a finding
        }
        try {
            lexer.processWords(word, ENV);
        } catch (ShellLexException expected) {
            // as above
        }
    }

    /** .dockerignore: a pattern file, then paths asked about it (exclusion, the deciding pattern, coverage). */
    static void dockerignore(FuzzedDataProvider data) {
        DockerIgnore ignore = DockerIgnore.read(data.consumeString(2000));
        for (int i = 0; i < 4 && data.remainingBytes() > 0; i++) {
            String path = data.consumeString(300);
            ignore.isExcluded(path);
            ignore.excludingPattern(path);
            ignore.copySourceExclusion(path, data.consumeBoolean());
            ignore.coverage(path);
        }
    }

    private static Path configFile;

    /** The config loader on arbitrary bytes as .imgslim.yaml: settings or a positioned config error. */
    static void config(byte[] input) {
        try {
            if (configFile == null) {
                configFile = Files.createTempFile("fuzz", ".imgslim.yaml");
                configFile.toFile().deleteOnExit();
            }
            Files.write(configFile, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            ConfigLoader.load(configFile);
        } catch (ConfigLoader.ConfigException e) {
            if (!e.getMessage().startsWith(configFile + ":")) {
                throw new AssertionError("config error without file:line:col: " + e.getMessage(), e);
            }
        }
    }
}
