package dev.imgslim.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the script model says about one command beyond its words: redirections and subshells. */
class ShellCommandTest {

    private static List<ShellCommand> commands(String script) {
        return ShellScript.parse(script).commands();
    }

    @Test
    void redirectionsAreKeptWithoutSpacesAndAreNoArguments() {
        ShellCommand wget = commands("wget -O x.tgz https://h/x.tgz 2> /dev/null && tar xf x.tgz")
                .get(0);
        assertThat(wget.args()).containsExactly("-O", "x.tgz", "https://h/x.tgz");
        assertThat(wget.redirects()).containsExactly("2>/dev/null");
        assertThat(wget.silencesStderr()).isTrue();
        assertThat(commands("wget https://h/x >/dev/null 2>&1").get(0).silencesStderr())
                .isTrue();
        assertThat(commands("wget https://h/x &>/dev/null").get(0).silencesStderr())
                .isTrue();
        assertThat(commands("wget https://h/x >/dev/null").get(0).silencesStderr())
                .isFalse();
        assertThat(commands("wget https://h/x 2>&1 | tee log").get(0).silencesStderr())
                .isFalse();
    }

    @Test
    void commandsInsideParenthesesRunInASubshell() {
        List<ShellCommand> cs = commands("(cd /src && make) && cd /app && ls");
        assertThat(cs).extracting(ShellCommand::name).containsExactly("cd", "make", "cd", "ls");
        assertThat(cs).extracting(ShellCommand::subshell).containsExactly(true, true, false, false);
    }
}
