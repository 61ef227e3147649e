package dev.imgslim.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Builds the command line with only the subcommand a run names. Picocli reads every command's
 * annotations by reflection when the tree is built, so declaring all subcommands on
 * {@link ImgslimCommand} made a one-file lint pay for probe's, fix's and config's options at start-up.
 * Help, an unknown word or no subcommand at all get the whole tree, so usage and errors list everything.
 */
final class CommandTree {
    /** Subcommands in the order help lists them. */
    private static final Map<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("lint", LintCommand.class);
        SUBCOMMANDS.put("fix", FixCommand.class);
        SUBCOMMANDS.put("parse", ParseCommand.class);
        SUBCOMMANDS.put("rules", RulesCommand.class);
        SUBCOMMANDS.put("explain", ExplainCommand.class);
        SUBCOMMANDS.put("probe", ProbeCommand.class);
        SUBCOMMANDS.put("analyze", AnalyzeCommand.class);
        SUBCOMMANDS.put("config", ConfigCommand.class);
    }

    private CommandTree() {}

    static CommandLine forArgs(CommandLine.IFactory factory, String... args) {
        CommandLine cl = new CommandLine(new ImgslimCommand(), factory);
        Class<?> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null) {
            cl.addSubcommand(args[0], new CommandLine(named, factory));
        } else {
            SUBCOMMANDS.forEach((name, type) -> cl.addSubcommand(name, new CommandLine(type, factory)));
            cl.addSubcommand("help", new CommandLine(CommandLine.HelpCommand.class, factory));
        }
        return cl;
    }

    /** Whether the arguments only ask for the version: answered without building any command. */
    static boolean asksForVersion(String... args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }
}
