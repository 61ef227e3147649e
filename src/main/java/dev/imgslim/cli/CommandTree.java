package dev.imgslim.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds the command line with only the subcommand a run names: a one-file lint does not pay for
 * probe's, fix's and config's options at start-up. Help, an unknown word or no subcommand at all get
 * the whole tree, so usage and errors list everything.
 */
final class CommandTree {
    /** Subcommands in the order help lists them. */
    static final List<String> NAMES = List.of("lint", "fix", "parse", "rules", "explain", "probe", "analyze", "config");

    private CommandTree() {}

    /** @param env the environment commands read (--build-arg KEY, DOCKER_HOST, NO_COLOR) */
    static CommandLine forArgs(Map<String, String> env, String... args) {
        skipUnusedPicocliSetUp();
        CommandLine cl = new CommandLine(new ImgslimCommand().spec());
        CommandSpec named = args.length > 0 ? command(args[0], env) : null;
        if (named != null) {
            cl.addSubcommand(args[0], new CommandLine(named));
        } else {
            for (String name : NAMES) cl.addSubcommand(name, new CommandLine(command(name, env)));
            cl.addSubcommand("help", new CommandLine(new CommandLine.HelpCommand()));
        }
        return cl;
    }

    /**
     * Turns off two things picocli does on every start that imgslim never needs (a property the user set
     * stays as it is). Each command line registers type converters for the {@code java.time} and {@code
     * java.sql} types by reflection, which initialises classes such as {@code MonthDay} whose set-up builds
     * date formatters; no imgslim option has such a type. And picocli looks for Groovy's {@code Closure}
     * class, for closures in annotations, which imgslim declares none of: a failed class lookup through the
     * whole jar. Together about 7 % of a one-file lint's main thread (CPU profile).
     */
    private static void skipUnusedPicocliSetUp() {
        if (System.getProperty("picocli.converters.excludes") == null)
            System.setProperty("picocli.converters.excludes", "java\\.(time|sql)\\..*");
        if (System.getProperty("picocli.disable.closures") == null)
            System.setProperty("picocli.disable.closures", "true");
    }

    /** The subcommand called {@code name}; null when there is none. */
    private static CommandSpec command(String name, Map<String, String> env) {
        return switch (name) {
            case "lint" -> new LintCommand(env).spec();
            case "fix" -> new FixCommand(env).spec();
            case "parse" -> new ParseCommand().spec();
            case "rules" -> new RulesCommand().spec();
            case "explain" -> new ExplainCommand().spec();
            case "probe" -> new ProbeCommand(env).spec();
            case "analyze" -> new AnalyzeCommand(env).spec();
            case "config" -> new ConfigCommand().spec();
            default -> null;
        };
    }

    /** Whether the arguments only ask for the version: answered without building any command. */
    static boolean asksForVersion(String... args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }
}
