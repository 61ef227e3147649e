package dev.imgslim.cli;

import dev.imgslim.syntax.AstJsonWriter;
import dev.imgslim.syntax.BuildKitDump;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code imgslim parse}: shows the AST, in BuildKit's dump format or as imgslim's JSON. */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = {
            "Parse a Dockerfile and print its syntax tree.",
            "--dump buildkit prints exactly what BuildKit's parser dump prints; --dump json prints imgslim's AST with positions."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:parsed", " 2:usage error or bad input (missing file, parse error)"})
final class ParseCommand implements Callable<Integer> {
    enum DumpFormat {
        buildkit,
        json
    }

    @Parameters(paramLabel = "FILE", description = "Dockerfile to parse (- reads standard input)")
    String file;

    @Option(
            names = "--dump",
            paramLabel = "FORMAT",
            defaultValue = "json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    DumpFormat dump;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (dump == DumpFormat.buildkit) {
            // BuildKit's parser keeps unknown instructions; its dump does too.
            out.print(BuildKitDump.dump(DockerfileInput.read(file, System.in)));
        } else {
            AstJsonWriter.write(DockerfileInput.readValid(file, System.in), out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
