package dev.imgslim.script;

import java.util.List;

/** Questions rules ask of a list of shell commands: which programs run, with which subcommand. */
public interface CommandList {
    List<ShellCommand> commands();

    default List<ShellCommand> commands(String name) {
        return commands().stream().filter(c -> c.is(name)).toList();
    }

    default boolean invokes(String name) {
        return commands().stream().anyMatch(c -> c.is(name));
    }

    /** True when a command {@code name} runs with {@code subcommand} (e.g. {@code apt-get update}). */
    default boolean invokes(String name, String subcommand) {
        return commands().stream().anyMatch(c -> c.is(name) && subcommand.equals(c.subcommand()));
    }
}
