package dev.imgslim.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The apt lists are removed only where nothing later reads them: removing them after a lone
 * {@code apt-get update} whose install comes in a later RUN would make that install fail.
 */
class AptListsFixTest {
    @Test
    void listsStayWhileALaterRunInstallsFromThem() throws Exception {
        String between = "FROM debian:bookworm\nRUN apt-get update\nRUN echo hi\nRUN apt-get install -y git\n";
        assertThat(Fixing.safe(between))
                .isEqualTo("FROM debian:bookworm\nRUN apt-get update\nRUN echo hi\n"
                        + "RUN apt-get install --no-install-recommends -y git\n");
        // A stage built FROM this one reads them too.
        String child = "FROM debian:bookworm AS base\nRUN apt-get update\n"
                + "FROM base\nRUN apt-get install -y --no-install-recommends git\n";
        assertThat(Fixing.safe(child)).doesNotContain("rm -rf /var/lib/apt/lists");
    }

    @Test
    void listsGoWhenTheLaterInstallUpdatesItselfOrTheUpdateIsFoldedIn() throws Exception {
        String own = "FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n"
                + "RUN apt-get update && apt-get install -y --no-install-recommends git\n";
        assertThat(Fixing.safe(own))
                .isEqualTo(
                        "FROM debian:bookworm\n"
                                + "RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n"
                                + "RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\n");
        // apt → apt-get first, then the lone update folds into the install, then the lists go: three passes.
        String lone = "FROM debian:bookworm\nRUN apt-get update\nRUN apt install -y git\n";
        assertThat(Fixing.safe(lone))
                .isEqualTo(
                        "FROM debian:bookworm\n"
                                + "RUN apt-get update && apt-get install --no-install-recommends -y git && rm -rf /var/lib/apt/lists/*\n");
    }

    @Test
    void aGrandchildStageReadsThemButAnUnrelatedStageDoesNot() throws Exception {
        // The answer comes from one pass over the file (per stage: its last reader, and whether a stage built
        // FROM it reads): a reader two stages down still keeps the lists.
        String grandchild = "FROM debian:bookworm AS base\nRUN apt-get update\n"
                + "FROM base AS mid\nRUN echo hi\n"
                + "FROM mid\nRUN apt-get install -y --no-install-recommends git\n";
        assertThat(Fixing.safe(grandchild)).doesNotContain("rm -rf /var/lib/apt/lists");
        // A stage FROM the image, not FROM this one, reads its own lists: this one's can go.
        String unrelated = "FROM debian:bookworm AS base\nRUN apt-get update && apt-get install -y"
                + " --no-install-recommends curl\n"
                + "FROM base AS mid\nRUN echo hi\n"
                + "FROM debian:bookworm AS other\nRUN apt-get install -y --no-install-recommends git\n"
                + "FROM mid\nCOPY --from=other /usr/bin/git /usr/bin/git\n";
        assertThat(Fixing.safe(unrelated))
                .contains("apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*");
    }
}
