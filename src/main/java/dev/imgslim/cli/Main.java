package dev.imgslim.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: builds the command line, maps every outcome to a documented exit code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs imgslim in-process; tests call this. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        if (CommandTree.asksForVersion(args)) {
            // The version is all this run needs: no command model to build (it costs ~4 hello-worlds).
            out.println(Version.line());
            out.flush();
            return ExitCodes.OK;
        }
        CommandLine cl = CommandTree.forArgs(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> ExitCodes.USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("imgslim: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof UserInputException) {
                c.getErr().println(ex.getMessage());
                return ExitCodes.USAGE;
            }
            c.getErr().println("imgslim: internal error: " + ex + " (set IMGSLIM_DEBUG=1 for a stack trace)");
            if (System.getenv("IMGSLIM_DEBUG") != null) ex.printStackTrace(c.getErr());
            return ExitCodes.INTERNAL;
        });
        return cl.execute(args);
    }
}
