package dev.imgslim.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sealed instruction hierarchy: named, typed parts, each word with its exact source span. */
class TypedInstructionTest {

    private static List<Instruction> parse(String text) throws Exception {
        return new DockerfileParser().parse("Dockerfile", text).instructions();
    }

    private static String at(Word w) {
        return w.span().startLine() + ":" + w.span().startColumn() + "-"
                + w.span().endColumn();
    }

    @Test
    void fromNamesImageStageAndPlatform() throws Exception {
        From from = (From)
                parse("FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n").get(0);
        assertThat(from.image().orElseThrow().text()).isEqualTo("golang:1.22");
        assertThat(at(from.image().orElseThrow())).isEqualTo("1:32-43");
        assertThat(from.stageName().orElseThrow().text()).isEqualTo("build");
        assertThat(at(from.stageName().orElseThrow())).isEqualTo("1:47-52");
        assertThat(from.platform().orElseThrow().text()).isEqualTo("$BUILDPLATFORM");
        assertThat(at(from.platform().orElseThrow())).isEqualTo("1:17-31");
        From plain = (From) parse("FROM debian\n").get(0);
        assertThat(plain.stageName()).isEmpty();
    }

    @Test
    void exposePortsCarryTheirOwnColumns() throws Exception {
        Expose expose = (Expose) parse("FROM a\nEXPOSE 180/TCP 80/TCP\n").get(1);
        assertThat(expose.ports()).extracting(Word::text).containsExactly("180/TCP", "80/TCP");
        assertThat(expose.ports()).extracting(TypedInstructionTest::at).containsExactly("2:8-15", "2:16-22");
    }

    @Test
    void copyWordsMapThroughContinuations() throws Exception {
        Copy copy = (Copy) parse("FROM a\nCOPY --from=build \\\n    /src/app \\\n    /app/\n")
                .get(1);
        assertThat(copy.from().orElseThrow().text()).isEqualTo("build");
        assertThat(at(copy.from().orElseThrow())).isEqualTo("2:13-18");
        assertThat(copy.sources()).extracting(TypedInstructionTest::at).containsExactly("3:5-13");
        assertThat(at(copy.destination().orElseThrow())).isEqualTo("4:5-10");
        assertThat(copy).isInstanceOf(FileTransfer.class);
    }

    @Test
    void envArgAndLabelPairs() throws Exception {
        List<Instruction> all = parse("FROM a\nENV A=1 B=\"x y\"\nENV LEGACY some value\nARG V=2 W\nLABEL k=v\n");
        Env env = (Env) all.get(1);
        assertThat(env.pairs())
                .extracting(p -> p.key().text() + "=" + p.value().text())
                .containsExactly("A=1", "B=\"x y\"");
        assertThat(at(env.pairs().get(1).value())).isEqualTo("2:11-16");
        Env legacy = (Env) all.get(2);
        assertThat(legacy.pairs()).singleElement().satisfies(p -> {
            assertThat(p.legacy()).isTrue();
            assertThat(p.value().text()).isEqualTo("some value");
            assertThat(at(p.value())).isEqualTo("3:12-22");
        });
        Arg arg = (Arg) all.get(3);
        assertThat(arg.declarations()).hasSize(2);
        assertThat(at(arg.declarations().get(0).name())).isEqualTo("4:5-6");
        assertThat(at(arg.declarations().get(0).defaultValue().orElseThrow())).isEqualTo("4:7-8");
        assertThat(arg.declarations().get(1).defaultValue()).isEmpty();
        assertThat(((Label) all.get(4)).pairs())
                .singleElement()
                .satisfies(p -> assertThat(p.key().text()).isEqualTo("k"));
    }

    @Test
    void execFormElementsSpanTheirContents() throws Exception {
        List<Instruction> all =
                parse("FROM a\nCMD [\"python\", \"-m\", \"app\"]\nSHELL [\"/bin/bash\", \"-c\"]\nRUN echo hi\n");
        Cmd cmd = (Cmd) all.get(1);
        assertThat(cmd.isExec()).isTrue();
        assertThat(cmd.commandWords())
                .extracting(TypedInstructionTest::at)
                .containsExactly("2:7-13", "2:17-19", "2:23-26");
        assertThat(((Shell) all.get(2)).argv()).extracting(Word::text).containsExactly("/bin/bash", "-c");
        Run run = (Run) all.get(3);
        assertThat(run.script().orElseThrow().text()).isEqualTo("echo hi");
        assertThat(at(run.script().orElseThrow())).isEqualTo("4:5-12");
    }

    @Test
    void onbuildWrapsATypedTrigger() throws Exception {
        Onbuild onbuild = (Onbuild) parse("FROM a\nONBUILD COPY . /app\n").get(1);
        Copy trigger = (Copy) onbuild.trigger().orElseThrow();
        assertThat(at(trigger.destination().orElseThrow())).isEqualTo("2:16-20");
    }

    @Test
    void unknownKeywordsStayInstructions() throws Exception {
        assertThat(parse("FROM a\nFOO bar\n").get(1)).isInstanceOf(UnknownInstruction.class);
    }
}
