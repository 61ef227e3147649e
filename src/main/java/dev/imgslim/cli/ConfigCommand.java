package dev.imgslim.cli;

import dev.imgslim.config.ConfigLoader;
import dev.imgslim.config.HadolintImport;
import dev.imgslim.lint.AtomicFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code imgslim config}: settings files. */
@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        description = "Work with settings files (.imgslim.yaml).",
        subcommands = {ConfigCommand.ImportHadolint.class})
final class ConfigCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code imgslim config import-hadolint [FILE]}: writes the .imgslim.yaml equivalent of a hadolint config. */
    @Command(
            name = "import-hadolint",
            mixinStandardHelpOptions = true,
            description = {
                "Write the .imgslim.yaml equivalent of a hadolint config file: ignored, override, trustedRegistries,",
                "label-schema, strict-labels, failure-threshold and format. Prints what was mapped and what could not be."
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {" 0:written", " 2:bad input, or the output exists (pass --force)"})
    static final class ImportHadolint implements Callable<Integer> {
        @Parameters(
                paramLabel = "FILE",
                arity = "0..1",
                description = "hadolint config (default: .hadolint.yaml or .hadolint.yml in the current folder)")
        Path input;

        @Option(
                names = {"-o", "--output"},
                paramLabel = "FILE",
                description = "Where to write (default: .imgslim.yaml next to FILE)")
        Path output;

        @Option(names = "--force", description = "Overwrite an existing output file")
        boolean force;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Path in = input != null ? input : defaultInput();
            if (Files.isDirectory(in))
                throw new UserInputException(in + ":1:1: error: is a directory, not a hadolint config file");
            HadolintImport.Result result;
            try {
                result = HadolintImport.read(in);
            } catch (ConfigLoader.ConfigException e) {
                throw new UserInputException(e.getMessage());
            }
            Path out = output != null ? output : in.toAbsolutePath().resolveSibling(ConfigLoader.FILE_NAME);
            if (Files.exists(out) && !force) {
                throw new UserInputException(out + ":1:1: error: already exists; pass --force to overwrite it");
            }
            if (Files.isDirectory(out)) throw new UserInputException(out + ":1:1: error: is a directory");
            AtomicFiles.write(out, result.yaml(in.getFileName().toString()));
            PrintWriter w = spec.commandLine().getOut();
            w.println("wrote " + out + " from " + in);
            for (String m : result.mapped()) w.println("  mapped: " + m);
            for (String m : result.notMapped()) w.println("  not mapped: " + m);
            for (String id : result.ruleIds()) {
                if (dev.imgslim.rules.BuiltinRules.find(id).isEmpty() && !id.matches("(?i)SC\\d+")) {
                    w.println("  note: " + id
                            + " names no imgslim rule yet (kept: it applies once a rule carries that code)");
                }
            }
            w.flush();
            return ExitCodes.OK;
        }

        private static Path defaultInput() {
            for (String name : new String[] {".hadolint.yaml", ".hadolint.yml"}) {
                Path p = Path.of(name);
                if (Files.exists(p)) return p;
            }
            throw new UserInputException(
                    ".hadolint.yaml:1:1: error: no such file (nor .hadolint.yml) in the current folder; name the file to import");
        }
    }
}
