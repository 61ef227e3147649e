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

    @Test
    void aBackslashThatEndsTheScriptIsKeptAsWritten() {
        // regression: found by fuzzing, a script ending in a backslash threw while its last word was read:
        // `RUN sh -c 'echo a\'` (the string is a script of its own) or, under `# escape=``, `RUN echo a \`
        assertThat(commands("echo a \\").get(0).args()).containsExactly("a", "\\");
        assertThat(commands("sh -c 'echo a\\'")).extracting(ShellCommand::name).containsExactly("sh", "echo");
        assertThat(commands("sh -c 'echo a\\'").get(1).args()).containsExactly("a\\");
        assertThat(commands("cat <<EOF\\").get(0).args()).containsExactly("<<EOF\\");
        // an escaped character and a continuation inside a word are read as before
        assertThat(commands("echo a\\ b c\\\nd").get(0).args()).containsExactly("a b", "cd");
    }
}
