package dev.imgslim.report;

import java.io.Console;

/** Whether imgslim talks to a person at a terminal (progress lines, colour) or to a pipe or file. */
public final class Terminal {

    private Terminal() {}

    /**
     * True when the JVM has an interactive console. Up to JDK 21 {@code System.console()} is null
     * exactly when standard input or output is redirected; from JDK 22 it may return a console for a
     * pipe too, and {@code Console.isTerminal()} (looked up reflectively: imgslim targets Java 17)
     * tells the two apart.
     */
    @SuppressWarnings("SystemConsoleNull") // the null check is right up to JDK 21; isTerminal() covers 22 and newer
    public static boolean attached() {
        Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 17-21: a console exists only for a terminal
        }
    }
}
