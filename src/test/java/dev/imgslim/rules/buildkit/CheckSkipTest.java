package dev.imgslim.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.rules.BuiltinRules;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** BuildKit's {@code # check=skip=...} directive and the per-instruction comment, applied by the engine to these checks. */
class CheckSkipTest {
    private static final String BODY = """
            FROM alpine:3.20 AS Builder
            MAINTAINER someone
            """;

    @Test
    void withoutDirectiveBothFire() {
        assertThat(BuildKitLint.names(BODY)).containsExactly("1 stage-name-casing", "2 maintainer-deprecated");
    }

    @Test
    void directiveAtTopSkipsTheNamedCheckOnly() {
        assertThat(BuildKitLint.names("# check=skip=StageNameCasing\n" + BODY))
                .containsExactly("3 maintainer-deprecated");
    }

    @Test
    void directiveListsSeveralChecksAndAcceptsOurNamesToo() {
        assertThat(BuildKitLint.names("# check=skip=StageNameCasing,MaintainerDeprecated\n" + BODY))
                .isEmpty();
        assertThat(BuildKitLint.names("# check=skip=stage-name-casing;error=true\n" + BODY))
                .containsExactly("3 maintainer-deprecated");
    }

    @Test
    void skipAllSilencesEveryBuildKitCheck() {
        assertThat(BuildKitLint.names("# check=skip=all\n" + BODY + "CMD echo hi\nENV A 1\nWORKDIR app\n"))
                .isEmpty();
    }

    @Test
    void everyBuildKitCheckCarriesItsCamelCaseName() {
        for (var rule : BuiltinRules.family("buildkit")) {
            assertThat(rule.meta().aliases().get(0)).as(rule.meta().name()).matches("[A-Z][A-Za-z]+");
            String camel = rule.meta()
                    .aliases()
                    .get(0)
                    .replaceAll("([a-z])([A-Z])", "$1-$2")
                    .replace("JSONArgs", "Json-Args");
            assertThat(camel.toLowerCase(Locale.ROOT)).isEqualTo(rule.meta().name());
        }
    }

    @Test
    void commentAboveAnInstructionSkipsItThereOnly() {
        String text = """
                FROM alpine:3.20
                # check=skip=MaintainerDeprecated
                MAINTAINER first
                FROM alpine:3.20 AS second
                MAINTAINER second
                """;
        assertThat(BuildKitLint.names(text)).containsExactly("5 maintainer-deprecated");
    }

    @Test
    void commentAboveAnInstructionDoesNotSkipOtherChecks() {
        String text = """
                FROM alpine:3.20
                # check=skip=MaintainerDeprecated
                CMD echo hi
                """;
        assertThat(BuildKitLint.names(text)).containsExactly("3 json-args-recommended");
    }
}
