package dev.imgslim.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs a command line that picocli reads: every command but a plain lint ({@link PlainArguments}), whose
 * run never loads this class, nor so picocli. Tests run a plain lint both ways.
 */
final class PicocliRun {
    private PicocliRun() {}

    /** Runs imgslim with picocli reading the command line. */
    static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl;
        try {
            cl = CommandTree.forArgs(env, args);
        } catch (RuntimeException | Error e) {
            return Main.internalError(err, e, args);
        }
        cl.setOut(out);
        cl.setErr(err);
        Outcomes outcomes = new Outcomes(args);
        cl.setExitCodeExceptionMapper(outcomes);
        cl.setParameterExceptionHandler(outcomes);
        cl.setExecutionExceptionHandler(outcomes);
        try {
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands Errors (OutOfMemoryError, UnsatisfiedLinkError) straight through
            return Main.internalError(err, e, args);
        }
    }

    /**
     * What picocli hands back, as exit codes: a usage error is 2, an exception from a command 2 when it is
     * the user's input, else an internal error. A named class, not lambdas: see {@link Converters} (a
     * lambda of a picocli interface keeps that interface, and picocli's classes using it, out of the
     * class-data archive).
     */
    private static final class Outcomes
            implements CommandLine.IExitCodeExceptionMapper,
                    CommandLine.IParameterExceptionHandler,
                    CommandLine.IExecutionExceptionHandler {
        private final String[] args;

        Outcomes(String[] args) {
            this.args = args;
        }

        @Override
        public int getExitCode(Throwable t) {
            return ExitCodes.USAGE;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] a) {
            CommandLine c = ex.getCommandLine();
            return Main.usageError(
                    c.getErr(), ex.getMessage(), c.getCommandSpec().qualifiedName());
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine c, CommandLine.ParseResult parsed) {
            if (ex instanceof UserInputException) {
                c.getErr().println(ex.getMessage());
                return ExitCodes.USAGE;
            }
            return Main.internalError(c.getErr(), ex, args);
        }
    }
}
