package dev.imgslim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

class CommandTreeTest {

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertThat(CommandTree.forArgs("lint", "Dockerfile").getSubcommands()).containsOnlyKeys("lint");
        assertThat(CommandTree.forArgs("probe", "--help").getSubcommands()).containsOnlyKeys("probe");
    }

    @Test
    void helpNoCommandOrAnUnknownWordGetTheWholeTree() {
        String[] all = {"lint", "parse", "rules", "explain", "probe", "config", "help"};
        assertThat(CommandTree.forArgs().getSubcommands().keySet()).containsExactly(all);
        assertThat(CommandTree.forArgs("--help").getSubcommands().keySet()).containsExactly(all);
        assertThat(CommandTree.forArgs("help", "lint").getSubcommands().keySet()).containsExactly(all);
        assertThat(CommandTree.forArgs("lnit").getSubcommands().keySet()).containsExactly(all);

        Cli typo = Cli.run("lnit", "Dockerfile");
        assertThat(typo.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.err()).contains("'lnit'");
        assertThat(Cli.run("help", "lint").out()).contains("--failure-threshold");
    }

    @Test
    void theVersionShortcutPrintsWhatPicocliWould() {
        StringWriter viaPicocli = new StringWriter();
        CommandLine full = CommandTree.forArgs("--help");
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
