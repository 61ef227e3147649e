package dev.imgslim.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.syntax.DockerfileParser;
import dev.imgslim.syntax.Instruction;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stage.root, the sealed Stage.base and the one shell decision. */
class StageModelTest {

    private static BuildModel model(String path, String text) throws Exception {
        return BuildModel.of(new DockerfileParser().parse(path, text), Map.of(), null);
    }

    @Test
    void baseIsImageStageScratchOrUnresolvedWithReason() throws Exception {
        BuildModel m = model(
                "Dockerfile",
                "ARG TAG\nFROM python:3.12 AS a\nFROM a AS b\nFROM scratch\nFROM alpine:$TAG\nFROM Not_An:image:ref\n");
        assertThat(m.stages().get(0).base()).isInstanceOfSatisfying(StageBase.Image.class, i -> assertThat(
                        i.reference().normalized())
                .isEqualTo("docker.io/library/python:3.12"));
        assertThat(m.stages().get(1).base())
                .isEqualTo(new StageBase.OtherStage(m.stages().get(0)));
        assertThat(m.stages().get(1).root()).isSameAs(m.stages().get(0));
        assertThat(m.stages().get(2).base()).isInstanceOf(StageBase.Scratch.class);
        assertThat(m.stages().get(3).base()).isEqualTo(new StageBase.Unresolved("no value for TAG"));
        assertThat(m.stages().get(4).base()).isInstanceOf(StageBase.Unresolved.class);
    }

    @Test
    void shellComesFromShellInstructionsPragmasAndWindowsBases() throws Exception {
        String text =
                "FROM debian:bookworm AS base\nRUN a\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN b\n"
                        + "FROM base\nRUN c\n# imgslim shell=zsh\nRUN d\n"
                        + "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN e\n";
        BuildModel m = model("Dockerfile", text);
        Instruction a = m.stages().get(0).instructions().get(0);
        Instruction b = m.stages().get(0).instructions().get(2);
        assertThat(m.stages().get(0).shell(a)).isEqualTo(StageShell.DEFAULT);
        assertThat(m.stages().get(0).shell(b).program()).isEqualTo("bash");
        assertThat(m.stages().get(0).shell(b).setsPipefail()).isTrue();
        Stage child = m.stages().get(1);
        assertThat(child.shell(child.instructions().get(0)).program())
                .as("inherited from the parent stage")
                .isEqualTo("bash");
        assertThat(child.shell(child.instructions().get(1)).origin()).isEqualTo(StageShell.Origin.RUN_PRAGMA);
        Stage windows = m.stages().get(2);
        assertThat(windows.isWindows()).isTrue();
        assertThat(windows.shell(windows.instructions().get(0)).program()).isEqualTo("cmd");
        assertThat(windows.shell().shellcheckDialect()).isNull();
    }

    @Test
    void backtickEscapeDoesNotMakeALinuxStageWindows() throws Exception {
        BuildModel m = model(
                "Dockerfile", "# escape=`\nFROM debian:bookworm\nRUN curl -fsSL https://example.com/x | tar xz\n");
        Stage s = m.stages().get(0);
        assertThat(s.isWindows()).isFalse();
        assertThat(s.shell(s.instructions().get(0))).isEqualTo(StageShell.DEFAULT);
        assertThat(s.shell().shellcheckDialect()).isEqualTo("sh");
    }

    @Test
    void lookupsByInstructionAndName() throws Exception {
        BuildModel m = model(
                "Dockerfile",
                "FROM a AS one\nENV X=1\nRUN x\nFROM b AS two\nCOPY --from=0 /a /a\nCOPY --from=ONE /b /b\n");
        Stage two = m.stages().get(1);
        Instruction run = m.stages().get(0).instructions().get(1);
        assertThat(m.stageOf(run)).isSameAs(m.stages().get(0));
        assertThat(m.stages().get(0).indexOf(run)).isEqualTo(1);
        assertThat(m.stages().get(0).variablesBefore(run).get("X")).isEqualTo("1");
        assertThat(m.resolveFrom("0", two).stage()).isSameAs(m.stages().get(0));
        assertThat(m.resolveFrom("ONE", two).stage()).isSameAs(m.stages().get(0));
        assertThat(m.resolveFrom("two", two).kind()).isEqualTo(FromRef.Kind.NAMED_CONTEXT);
    }
}
