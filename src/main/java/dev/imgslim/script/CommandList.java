package dev.imgslim.script;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Questions rules ask of a list of shell commands: which programs run, with which subcommand. Loops, not
 * streams: asked several times of every RUN, and under the C1 compiler the launcher runs a stream's
 * pipeline objects and lambdas were ~4 % of what a 10,000-file lint allocated (2026-12-06).
 */
public interface CommandList {
    List<ShellCommand> commands();

    /** The commands that run {@code name}, in order; an unmodifiable list. */
    default List<ShellCommand> commands(String name) {
        List<ShellCommand> found = null;
        for (ShellCommand c : commands()) {
            if (!c.is(name)) continue;
            if (found == null) found = new ArrayList<>(2);
            found.add(c);
        }
        return found == null ? List.of() : Collections.unmodifiableList(found);
    }

    default boolean invokes(String name) {
        for (ShellCommand c : commands()) if (c.is(name)) return true;
        return false;
    }

    /** True when a command {@code name} runs with {@code subcommand} (e.g. {@code apt-get update}). */
    default boolean invokes(String name, String subcommand) {
        for (ShellCommand c : commands()) if (c.is(name) && subcommand.equals(c.subcommand())) return true;
        return false;
    }
}
