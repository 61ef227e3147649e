package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandTreeTest {
    private static final java.util.Map<String, String> F = java.util.Map.of();

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertThat(CommandTree.forArgs(F, "lint", "Dockerfile").getSubcommands())
                .containsOnlyKeys("lint");
        assertThat(CommandTree.forArgs(F, "probe", "--help").getSubcommands()).containsOnlyKeys("probe");
    }

    @Test
    void helpNoCommandOrAnUnknownWordGetTheWholeTree() {
        String[] all = {"lint", "fix", "parse", "rules", "explain", "probe", "analyze", "config", "help"};
        assertThat(CommandTree.forArgs(F).getSubcommands().keySet()).containsExactly(all);
        assertThat(CommandTree.forArgs(F, "--help").getSubcommands().keySet()).containsExactly(all);
        assertThat(CommandTree.forArgs(F, "help", "lint").getSubcommands().keySet())
                .containsExactly(all);
        assertThat(CommandTree.forArgs(F, "lnit").getSubcommands().keySet()).containsExactly(all);

        Cli typo = Cli.run("lnit", "Dockerfile");
        assertThat(typo.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.err()).contains("'lnit'");
        assertThat(Cli.run("help", "lint").out()).contains("--failure-threshold");
    }

    @Test
    void theVersionShortcutPrintsWhatPicocliWould() {
        StringWriter viaPicocli = new StringWriter();
        CommandLine full = CommandTree.forArgs(F, "--help");
        full.printVersionHelp(new PrintWriter(viaPicocli, true));

        assertThat(CommandTree.asksForVersion("--version")).isTrue();
        assertThat(CommandTree.asksForVersion("-V")).isTrue();
        assertThat(CommandTree.asksForVersion("lint", "--version")).isFalse();
        for (String flag : new String[] {"--version", "-V"}) {
            Cli v = Cli.run(flag);
            assertThat(v.exitCode()).isZero();
            assertThat(v.out()).isEqualTo(viaPicocli.toString().replace(System.lineSeparator(), "\n"));
            assertThat(v.err()).isEmpty();
        }
    }
}
