package dev.imgslim.cli;

import dev.imgslim.syntax.AstJsonWriter;
import dev.imgslim.syntax.BuildKitDump;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code imgslim parse}: shows the AST, in BuildKit's dump format or as imgslim's JSON. */
final class ParseCommand implements Callable<Integer> {
    enum DumpFormat {
        buildkit,
        json
    }

    private final Declare command = Declare.command(
                    this,
                    "parse",
                    "Parse a Dockerfile and print its syntax tree.",
                    "--dump buildkit prints exactly what BuildKit's parser dump prints; --dump json prints imgslim's AST with positions.")
            .exitCodes(" 0:parsed", " 2:usage error or bad input (missing file, parse error)");
    private final Opt<String> file =
            command.positional(String.class, "1", "FILE", "Dockerfile to parse (- reads standard input)");
    private final Opt<DumpFormat> dump = command.defaulted(
            DumpFormat.class,
            "json",
            "FORMAT",
            "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
            "--dump");
    private final CommandSpec spec = command.spec;

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (dump.get() == DumpFormat.buildkit) {
            // BuildKit's parser keeps unknown instructions; its dump does too.
            out.print(BuildKitDump.dump(DockerfileInput.read(file.get(), System.in)));
        } else {
            AstJsonWriter.write(DockerfileInput.readValid(file.get(), System.in), out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
