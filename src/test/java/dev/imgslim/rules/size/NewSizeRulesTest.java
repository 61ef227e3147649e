package dev.imgslim.rules.size;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.syntax.DockerfileParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cases of build-tree-left and chown-over-base-files beyond their samples: bases, overlaps, near misses; and
 * what an ADD or COPY adds where its source names no file (delete-in-later-layer, add-remote-archive).
 */
class NewSizeRulesTest {

    private static List<String> lint(String dockerfile) throws Exception {
        var df = new DockerfileParser().parse("Dockerfile", dockerfile);
        return new LintEngine(BuiltinRules.all())
                .lint(df, LintOptions.defaults()).stream()
                        .filter(f -> f.rule().equals(BuiltinRules.metaOf(ChownOverBaseFiles.class))
                                || f.rule().equals(BuiltinRules.metaOf(ChownInSeparateLayer.class))
                                || f.rule().equals(BuiltinRules.metaOf(BuildTreeLeft.class)))
                        .map(NewSizeRulesTest::describe)
                        .toList();
    }

    private static String describe(Finding f) {
        return f.line() + " " + f.rule().name() + ": " + f.message();
    }

    @Test
    void condaFolderOfACondaBaseIsTheBasesFiles() throws Exception {
        assertThat(lint("FROM continuumio/miniconda3:24.1.2-0\nRUN useradd -m app && chmod -R g+w /opt/conda\n"))
                .singleElement()
                .asString()
                .startsWith("2 chown-over-base-files: 'chmod -R' over /opt/conda rewrites the conda installation");
        // a plain distribution has nothing in /opt/conda or /usr/local
        assertThat(lint("FROM debian:bookworm-slim\nRUN chown -R 1000 /opt/conda /usr/local\n"))
                .isEmpty();
        // a folder below one the base fills is not judged (it may be small)
        assertThat(lint("FROM python:3.12-slim\nRUN chown -R 1000 /usr/local/lib/python3.12/site-packages/app\n"))
                .isEmpty();
    }

    @Test
    void copiedFilesAreChownInSeparateLayersFindingNotASecondOne() throws Exception {
        List<String> found =
                lint("FROM python:3.12-slim\nCOPY big.bin /usr/local/lib/big.bin\n" + "RUN chown -R 1000 /usr/local\n");
        assertThat(found).noneMatch(s -> s.contains("chown-over-base-files"));
    }

    @Test
    void variablesResolveAndUnknownOnesAreNotJudged() throws Exception {
        assertThat(lint("FROM golang:1.22\nENV GOROOT_DIR=/usr/local/go\nRUN chmod -R a+w $GOROOT_DIR\n"))
                .singleElement()
                .asString()
                .contains("the Go toolchain in /usr/local/go");
        assertThat(lint("FROM golang:1.22\nRUN chmod -R a+w $SOMEWHERE\n")).isEmpty();
    }

    @Test
    void buildTreeNamedLaterIsUsedAndNotReported() throws Exception {
        String used = "FROM debian:bookworm-slim\n"
                + "RUN git clone --depth 1 https://example.com/tool /tmp/tool && cd /tmp/tool && make && make install\n"
                + "ENV PATH=/tmp/tool/bin:$PATH\n";
        assertThat(lint(used)).isEmpty();
        String left = used.replace("ENV PATH=/tmp/tool/bin:$PATH\n", "");
        assertThat(lint(left))
                .singleElement()
                .asString()
                .startsWith("2 build-tree-left: 'make' builds in /tmp/tool (cloned by 'git clone' in this RUN)");
    }

    @Test
    void buildTreeRemovedInALaterRunIsLeftToDeleteInLaterLayer() throws Exception {
        // a later rm is delete-in-later-layer's finding, not a second one here
        assertThat(lint("FROM debian:bookworm-slim\n"
                        + "RUN git clone --depth 1 https://example.com/t /tmp/t && cd /tmp/t && make && make install\n"
                        + "RUN rm -rf /tmp/t\n"))
                .isEmpty();
        // a tree kept outside /tmp without an install is the application
        assertThat(lint("FROM debian:bookworm-slim\n" + "RUN mkdir -p /srv/app && cd /srv/app && cmake /src && make\n"))
                .isEmpty();
        assertThat(
                        lint(
                                "FROM debian:bookworm-slim\n"
                                        + "RUN cd /tmp && pushd /tmp && git clone https://example.com/x && cd x && make install && popd\n"))
                .as("pushd/popd are not followed: skipped")
                .isEmpty();
    }

    private static List<String> lintAdditions(String dockerfile) throws Exception {
        var df = new DockerfileParser().parse("Dockerfile", dockerfile);
        return new LintEngine(BuiltinRules.all())
                .lint(df, LintOptions.defaults()).stream()
                        .filter(f -> f.rule().equals(BuiltinRules.metaOf(DeleteInLaterLayer.class))
                                || f.rule().equals(BuiltinRules.metaOf(AddRemoteArchive.class)))
                        .map(NewSizeRulesTest::describe)
                        .toList();
    }

    @Test
    void aDownloadWhoseUrlNamesNoFileIsAddedAsBuildKitNamesIt() throws Exception {
        // regression: found by fuzzing, a URL without a file name (https://h/?v=1) into a folder made the
        // addition's path null and the index of additions threw; BuildKit saves it as __unnamed__
        assertThat(lintAdditions("FROM alpine:3.20\nADD https://example.com/?v=1 /tmp/\nRUN rm -rf /tmp/*\n"))
                .containsExactly(
                        "2 add-remote-archive: ADD downloads https://example.com/?v=1 into its own layer; deleting it"
                                + " at line 3 does not shrink that layer: download, use and delete it in one RUN"
                                + " ('curl -fsSLo FILE URL && ... && rm FILE'), or ADD --checksum=... in a stage that"
                                + " does not ship and COPY --from the result",
                        "3 delete-in-later-layer: 'rm /tmp/*' deletes what an earlier layer added (ADD at line 2):"
                                + " the bytes stay in that layer and are still pulled; delete in the same RUN that"
                                + " creates them, never add them (.dockerignore, a narrower COPY), or build in a stage"
                                + " that does not ship");
        assertThat(lintAdditions("FROM alpine:3.20\nADD https://example.com/?v=1 /tmp/\nRUN rm -f /tmp/__unnamed__\n"))
                .hasSize(2);
        // a local source that names no file (the glob /?) adds nothing we can name; the other source still counts
        assertThat(lintAdditions("FROM alpine:3.20\nCOPY /? /tmp/\nRUN rm -rf /tmp/*\n"))
                .isEmpty();
        assertThat(lintAdditions("FROM alpine:3.20\nCOPY big.bin /? /tmp/\nRUN rm -f /tmp/big.bin\n"))
                .singleElement()
                .asString()
                .startsWith("3 delete-in-later-layer: 'rm /tmp/big.bin' deletes what an earlier layer added (COPY");
    }
}
