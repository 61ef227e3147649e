package dev.imgslim.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.syntax.DockerfileParser;
import dev.imgslim.syntax.Shell;
import dev.imgslim.syntax.Workdir;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What keeps the build model linear in the file's size, counted rather than timed: what a stage
 * inherits from the stages it is built FROM is worked out once from its parent's and shared down the
 * chain, and the variables before each instruction are versions of one record per stage that holds
 * one value per assignment (a copy per ARG or ENV line held n² values on a stage of n such lines).
 */
class LinearModelTest {

    private static BuildModel model(String text) throws Exception {
        return BuildModel.of(new DockerfileParser().parse("Dockerfile", text), Map.of(), null);
    }

    @Test
    void aLongChainSharesWhatItsStagesInheritInsteadOfWalkingUpIt() throws Exception {
        int n = 3_000;
        StringBuilder sb = new StringBuilder("FROM debian:bookworm AS s0\nWORKDIR /app\n");
        for (int i = 1; i < n; i++) {
            sb.append("FROM s").append(i - 1).append(" AS s").append(i).append('\n');
            sb.append(i == n / 2 ? "SHELL [\"/bin/bash\", \"-c\"]\n" : "RUN echo " + i + '\n');
        }
        List<Stage> stages = model(sb.toString()).stages();
        assertThat(stages).hasSize(n);

        assertThat(stages.get(0).inheritedInstructionTypes()).isEmpty();
        assertThat(stages.get(1).inheritedInstructionTypes())
                .contains(Workdir.class)
                .doesNotContain(Shell.class);
        // Below the SHELL every stage inherits it; above it none does.
        assertThat(stages.get(n / 2).inheritedInstructionTypes()).doesNotContain(Shell.class);
        assertThat(stages.get(n / 2 + 1).inheritedInstructionTypes()).contains(Shell.class, Workdir.class);
        assertThat(stages.get(n - 1).inheritedInstructionTypes()).contains(Shell.class, Workdir.class);

        // One set per change of what is inherited, the same instance down the chain: no stage copied or walked it.
        List<Integer> copies = new ArrayList<>();
        for (int i = 3; i < n; i++) {
            if (stages.get(i).inheritedInstructionTypes() != stages.get(i - 1).inheritedInstructionTypes())
                copies.add(i);
        }
        assertThat(copies).as("stages whose inherited types are a new set").containsExactly(n / 2 + 1);
    }

    @Test
    void theScopeBeforeEachInstructionIsAVersionOfOneRecordPerStage() throws Exception {
        int n = 3_000;
        StringBuilder sb = new StringBuilder("FROM debian:bookworm\n");
        for (int i = 0; i < n; i++) {
            sb.append("ENV V").append(i).append("=v").append(i).append('\n');
            sb.append("ARG A").append(i).append('\n');
            sb.append("WORKDIR /w/${V").append(i).append("}\n");
        }
        sb.append("ENV V0=changed\n");
        Stage stage = model(sb.toString()).stages().get(0);

        // Values as each instruction sees them.
        int envOfV10 = 3 * 10;
        assertThat(stage.variablesBefore(envOfV10).isDefined("V10")).isFalse();
        assertThat(stage.variablesBefore(envOfV10).get("V9")).isEqualTo("v9");
        assertThat(stage.variablesBefore(envOfV10 + 1).get("V10")).isEqualTo("v10");
        assertThat(stage.variablesBefore(envOfV10 + 2).isDefined("A10")).isTrue();
        assertThat(stage.variablesBefore(envOfV10 + 2).get("A10")).isNull();
        assertThat(stage.variablesBefore(envOfV10 + 2).isEnv("V10")).isTrue();
        assertThat(stage.variablesBefore(envOfV10 + 2).isEnv("A10")).isFalse();
        assertThat(stage.variablesBefore(3 * n).get("V0")).isEqualTo("v0");
        assertThat(stage.variablesAtEnd().get("V0")).isEqualTo("changed");
        // Declaration order, as a LinkedHashMap keeps it: a redefined name keeps its place.
        assertThat(new ArrayList<>(stage.variablesAtEnd().names()).subList(0, 4))
                .containsExactly("V0", "A0", "V1", "A1");
        assertThat(stage.variablesAtEnd().asMap()).hasSize(2 * n).containsEntry("V0", "changed");
        assertThat(stage.variablesBefore(envOfV10).asMap()).hasSize(20);

        // Counted: every scope is a view of the one record, which holds one value per assignment.
        VariableHistory history = stage.variablesAtEnd().history();
        for (int i = 0; i <= stage.instructions().size(); i++)
            assertThat(stage.variablesBefore(i).history()).isSameAs(history);
        assertThat(history.recordedValues()).isEqualTo(2 * n + 1);
    }
}
