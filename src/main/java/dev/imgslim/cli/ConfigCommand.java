package dev.imgslim.cli;

import dev.imgslim.config.ConfigLoader;
import dev.imgslim.config.HadolintImport;
import dev.imgslim.lint.AtomicFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code imgslim config}: settings files. */
final class ConfigCommand implements Runnable {
    private final CommandSpec spec = Declare.command(this, "config", "Work with settings files (.imgslim.yaml).").spec;

    ConfigCommand() {
        spec.addSubcommand("import-hadolint", new CommandLine(new ImportHadolint().spec));
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code imgslim config import-hadolint [FILE]}: writes the .imgslim.yaml equivalent of a hadolint config. */
    static final class ImportHadolint implements Callable<Integer> {
        private final Declare command = Declare.command(
                        this,
                        "import-hadolint",
                        "Write the .imgslim.yaml equivalent of a hadolint config file: ignored, override, trustedRegistries,",
                        "label-schema, strict-labels, failure-threshold and format. Prints what was mapped and what could not be.")
                .exitCodes(" 0:written", " 2:bad input, or the output exists (pass --force)");
        private final Opt<Path> input = command.positional(
                Path.class,
                "0..1",
                "FILE",
                "hadolint config (default: .hadolint.yaml or .hadolint.yml in the current folder)");
        private final Opt<Path> output = command.output("Where to write (default: .imgslim.yaml next to FILE)");
        private final Opt<Boolean> force = command.flag("Overwrite an existing output file", "--force");
        private final CommandSpec spec = command.spec;

        @Override
        public Integer call() throws Exception {
            Path in = input.get() != null ? input.get() : defaultInput();
            if (Files.isDirectory(in))
                throw new UserInputException(in + ":1:1: error: is a directory, not a hadolint config file");
            HadolintImport.Result result;
            try {
                result = HadolintImport.read(in);
            } catch (ConfigLoader.ConfigException e) {
                throw new UserInputException(e.getMessage());
            }
            Path out = output.get() != null ? output.get() : in.toAbsolutePath().resolveSibling(ConfigLoader.FILE_NAME);
            if (Files.exists(out) && !force.get()) {
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
