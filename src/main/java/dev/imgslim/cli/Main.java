package dev.imgslim.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

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
        LintArgs plainLint = PlainArguments.lint(args);
        if (plainLint != null) return lint(plainLint, env, out, err, args);
        return PicocliRun.run(env, out, err, args);
    }

    /**
     * A lint whose command line was read without picocli ({@link PlainArguments}): its outcomes made as
     * picocli's handlers make them when picocli runs the command ({@link PicocliRun}).
     */
    private static int lint(LintArgs lint, Map<String, String> env, PrintWriter out, PrintWriter err, String[] args) {
        try {
            return new Lint(lint, env, out, err).run();
        } catch (UsageException e) {
            return usageError(err, e.getMessage(), "imgslim lint");
        } catch (UserInputException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        } catch (Exception | Error e) {
            return internalError(err, e, args);
        }
    }

    /** A usage error as picocli's are printed: the message, then where the command's help is; exit 2. */
    static int usageError(PrintWriter err, String message, String command) {
        err.println("imgslim: " + dev.imgslim.lint.Printable.clean(message));
        err.println("Try '" + command + " --help' for more information.");
        return ExitCodes.USAGE;
    }

    /** One line, exit 70; the stack trace only when asked for (--verbose or IMGSLIM_DEBUG). */
    static int internalError(PrintWriter err, Throwable e, String... args) {
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
