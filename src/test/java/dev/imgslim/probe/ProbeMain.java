package dev.imgslim.probe;

import dev.imgslim.cli.ProbeCommand;
import picocli.CommandLine;

/** {@code imgslim probe} as its own process, for tests that need a real JVM exit or signal. */
public final class ProbeMain {
    public static void main(String[] args) {
        System.exit(new CommandLine(new ProbeCommand(System.getenv()).spec()).execute(args));
    }
}
