package dev.imgslim.cli;

import picocli.CommandLine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the command line with only the subcommand a run names. Picocli reads every command's
 * annotations by reflection when the tree is built, so declaring all subcommands on
 * {@link ImgslimCommand} made a one-file lint pay for probe's, parse's and config's options at start-up.
 * Help, an unknown word or no subcommand at all get the whole tree, so usage and errors list everything.
 */
final class CommandTree {
    /** Subcommands in the order help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("lint", LintCommand::new);
        SUBCOMMANDS.put("parse", ParseCommand::new);
        SUBCOMMANDS.put("rules", RulesCommand::new);
        SUBCOMMANDS.put("explain", ExplainCommand::new);
        SUBCOMMANDS.put("probe", ProbeCommand::new);
        SUBCOMMANDS.put("config", ConfigCommand::new);
    }

    private CommandTree() {}

    static CommandLine forArgs(String... args) {
        CommandLine cl = new CommandLine(new ImgslimCommand());
        Supplier<Object> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null) {
            cl.addSubcommand(named.get());
        } else {
            for (Supplier<Object> each : SUBCOMMANDS.values()) cl.addSubcommand(each.get());
            cl.addSubcommand(new CommandLine.HelpCommand());
        }
        return cl;
    }

    /** Whether the arguments only ask for the version: answered without building any command. */
    static boolean asksForVersion(String... args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }
}
