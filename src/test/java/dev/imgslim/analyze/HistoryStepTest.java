package dev.imgslim.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** created_by strings as BuildKit and the classic builder write them. */
class HistoryStepTest {

    @Test
    void buildKitForms() {
        assertThat(HistoryStep.parse("RUN /bin/sh -c apt-get update # buildkit"))
                .isEqualTo(new HistoryStep("RUN", "apt-get update"));
        assertThat(HistoryStep.parse("RUN |2 A=1 B=x /bin/sh -c echo $A # buildkit"))
                .isEqualTo(new HistoryStep("RUN", "echo $A"));
        HistoryStep copy = HistoryStep.parse("COPY --from=build /src/app /usr/local/bin/app # buildkit");
        assertThat(copy.keyword()).isEqualTo("COPY");
        assertThat(copy.destination()).isEqualTo("/usr/local/bin/app");
        assertThat(HistoryStep.parse("WORKDIR /app")).isEqualTo(new HistoryStep("WORKDIR", "/app"));
        assertThat(HistoryStep.parse("ENV PATH=/usr/local/bin:/usr/bin"))
                .isEqualTo(new HistoryStep("ENV", "PATH=/usr/local/bin:/usr/bin"));
    }

    @Test
    void classicBuilderForms() {
        assertThat(HistoryStep.parse("/bin/sh -c apt-get update")).isEqualTo(new HistoryStep("RUN", "apt-get update"));
        assertThat(HistoryStep.parse("|1 V=2 /bin/sh -c echo $V")).isEqualTo(new HistoryStep("RUN", "echo $V"));
        HistoryStep copy = HistoryStep.parse("/bin/sh -c #(nop) COPY file:3f2ad0c1e5 in /data/big.bin ");
        assertThat(copy.keyword()).isEqualTo("COPY");
        assertThat(copy.destination()).isEqualTo("/data/big.bin");
        assertThat(HistoryStep.parse("/bin/sh -c #(nop)  CMD [\"sh\"]")).isEqualTo(new HistoryStep("CMD", "[\"sh\"]"));
        assertThat(HistoryStep.parse("/bin/bash -o pipefail -c make")).isEqualTo(new HistoryStep("RUN", "make"));
    }

    @Test
    void importedAndUnknownEntriesNameNoInstruction() {
        assertThat(HistoryStep.parse("").keyword()).isNull();
        assertThat(HistoryStep.parse("debootstrap bookworm").keyword()).isNull();
    }
}
