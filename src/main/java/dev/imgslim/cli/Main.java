package dev.imgslim.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** Entry point: builds the command line, maps every outcome to a documented exit code. Nothing escapes it. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        WarmUp.startFor(args); // the rule registry, made beside the command line
        // Straight to the file descriptors, not System.out: PrintStream hides write errors (a full disk, /dev/full).
        CheckedPrintWriter out = new CheckedPrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(System.getenv(), out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs imgslim in-process with this process's environment; tests call this. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(System.getenv(), out, err, args);
    }

    /**
     * Runs imgslim in-process.
     *
     * @param env the environment commands read (--build-arg KEY, DOCKER_HOST, NO_COLOR)
     */
    public static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
        if (CommandTree.asksForVersion(args)) {
            // The version is all this run needs: no command model to build (it costs ~4 hello-worlds).
            out.println(Version.line());
            out.flush();
            return ExitCodes.OK;
        }
        CommandLine cl;
        try {
            cl = CommandTree.forArgs(env, args);
        } catch (RuntimeException | Error e) {
            return internalError(err, e, args);
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
            return internalError(err, e, args);
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
            c.getErr().println("imgslim: " + dev.imgslim.lint.Printable.clean(ex.getMessage()));
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine c, CommandLine.ParseResult parsed) {
            if (ex instanceof UserInputException) {
                c.getErr().println(ex.getMessage());
                return ExitCodes.USAGE;
            }
            return internalError(c.getErr(), ex, args);
        }
    }

    /** One line, exit 70; the stack trace only when asked for (--verbose or IMGSLIM_DEBUG). */
    private static int internalError(PrintWriter err, Throwable e, String... args) {
        String what = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        err.println("imgslim: internal error: " + dev.imgslim.lint.Printable.clean(what)
                + " (a bug: please report it; --verbose shows the stack trace)");
        if (java.util.Arrays.asList(args).contains("--verbose") || System.getenv("IMGSLIM_DEBUG") != null)
            e.printStackTrace(err);
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
