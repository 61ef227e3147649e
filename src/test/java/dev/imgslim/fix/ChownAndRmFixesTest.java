package dev.imgslim.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The safe {@code RUN chown -R u:g DEST} → {@code COPY --chown=u:g} fix and the unsafe move of an {@code rm}
 * into the RUN that created the files: each applied where it is provably right, and refused in the near
 * misses (the same file with one condition broken stays as it was).
 */
class ChownAndRmFixesTest {
    private static final FixSelection CHOWN = new FixSelection(List.of("chown-in-separate-layer"), List.of(), false);
    private static final FixSelection RM = new FixSelection(List.of("delete-in-later-layer"), List.of(), true);

    private static String chown(String text) throws Exception {
        return Fixing.fix(text, CHOWN).fixed();
    }

    private static String rm(String text) throws Exception {
        return Fixing.fix(text, RM).fixed();
    }

    /** The finding is there (so the miss is the fix's decision), and the text stays as it was. */
    private static void refused(String in, FixSelection selection, String rule) throws Exception {
        FixLoop.Outcome o = Fixing.fix(in, selection);
        assertThat(o.before()).as(in).anyMatch(f -> f.rule().name().equals(rule));
        assertThat(o.fixed()).as(in).isEqualTo(in);
    }

    @Test
    void chownRightAfterTheCopyThatCreatesTheFolderMovesIntoIt() throws Exception {
        String in = "FROM debian:bookworm-slim\nCOPY app/ /app/\nRUN chown -R 10001:10001 /app\nCMD [\"/app/run\"]\n";
        FixLoop.Outcome o = Fixing.fix(in, CHOWN);
        assertThat(o.fixed())
                .isEqualTo("FROM debian:bookworm-slim\nCOPY --chown=10001:10001 app/ /app/\nCMD [\"/app/run\"]\n");
        assertThat(o.applied()).extracting(FixLoop.Applied::safety).containsExactly(dev.imgslim.rules.Fix.Safety.SAFE);
        assertThat(o.after()).noneMatch(f -> f.rule().name().equals("chown-in-separate-layer"));
        // Under /opt and /usr/local (new folder), with an earlier WORKDIR as the parent, names as owner.
        assertThat(chown("FROM node:20-slim\nCOPY dist /opt/app\nRUN chown -R node:node /opt/app/\n"))
                .isEqualTo("FROM node:20-slim\nCOPY --chown=node:node dist /opt/app\n");
        assertThat(chown("FROM node:20-slim\nWORKDIR /home/node\nCOPY dist /home/node/app\n"
                        + "RUN chown -R node:node /home/node/app\n"))
                .isEqualTo("FROM node:20-slim\nWORKDIR /home/node\nCOPY --chown=node:node dist /home/node/app\n");
        // CRLF and a comment above the RUN are kept; the RUN's own line goes with its line break.
        assertThat(chown("FROM debian:bookworm-slim\r\nCOPY app/ /app/\r\n# own it\r\nRUN chown -R a:b /app\r\n"))
                .isEqualTo("FROM debian:bookworm-slim\r\nCOPY --chown=a:b app/ /app/\r\n# own it\r\n");
    }

    @Test
    void chownIsLeftWhenTheTwoAreNotProvablyTheSame() throws Exception {
        String head = "FROM debian:bookworm-slim\n";
        List<String> misses = List.of(
                // WORKDIR made /app (root-owned): --chown would leave it so, chown -R changes it
                head + "WORKDIR /app\nCOPY app/ /app/\nRUN chown -R 1:1 /app\n",
                // relative destination, through the WORKDIR
                head + "WORKDIR /srv\nCOPY app/ app/\nRUN chown -R 1:1 /srv/app\n",
                // no group: chown keeps the group, --chown=user sets it to the user's id
                head + "COPY app/ /app/\nRUN chown -R 10001 /app\n",
                head + "COPY app/ /app/\nRUN chown -R 10001: /app\n",
                // another option, or not recursive
                head + "COPY app/ /app/\nRUN chown -Rv 1:1 /app\n",
                head + "COPY app/ /app/\nRUN chown -R -h 1:1 /app\n",
                // more than the chown in the RUN
                head + "COPY app/ /app/\nRUN chown -R 1:1 /app && chmod -R g+w /app\n",
                head + "COPY app/ /app/\nRUN chown -R 1:1 /app > /dev/null\n",
                // something between the COPY and the RUN
                head + "COPY app/ /app/\nENV A=b\nRUN chown -R 1:1 /app\n",
                // target is not the destination
                head + "COPY app/ /app/sub/\nRUN chown -R 1:1 /app\n",
                // the destination existed before: an earlier COPY into it, a RUN that made it, a variable
                head + "COPY req.txt /app/\nRUN true\nCOPY app/ /app/\nRUN chown -R 1:1 /app\n",
                head + "RUN mkdir -p /app/data\nCOPY app/ /app/\nRUN chown -R 1:1 /app\n",
                head + "ENV HOME_DIR=/app\nRUN mkdir -p $HOME_DIR\nCOPY app/ /app/\nRUN chown -R 1:1 /app\n",
                // base images ship these folders, or the parent may be made by the COPY
                head + "COPY conf/ /etc/nginx/\nRUN chown -R 1:1 /etc/nginx\n",
                head + "COPY bin/ /usr/local/bin/\nRUN chown -R 1:1 /usr/local/bin\n",
                head + "COPY home/ /home/app\nRUN chown -R 1:1 /home/app\n",
                head + "COPY app/ /srv/x/y\nRUN chown -R 1:1 /srv/x/y\n",
                // a VOLUME or a non-root USER before, a variable in the path
                head + "VOLUME /data\nCOPY app/ /app/\nRUN chown -R 1:1 /app\n",
                head + "USER 1000\nCOPY app/ /app/\nRUN chown -R 1:1 /app\n",
                head + "ARG D=/app\nCOPY app/ $D\nRUN chown -R 1:1 $D\n",
                // already a --chown, exec form
                head + "COPY --chown=2:2 app/ /app/\nRUN chown -R 1:1 /app\n",
                head + "COPY app/ /app/\nRUN [\"chown\", \"-R\", \"1:1\", \"/app\"]\n");
        for (String in : misses) refused(in, CHOWN, "chown-in-separate-layer");
    }

    @Test
    void rmMovesIntoTheRunThatCreatedTheFiles() throws Exception {
        String in = "FROM debian:bookworm\n"
                + "RUN curl -fsSL -o /tmp/tool.tgz https://example.com/tool.tgz && tar -xzf /tmp/tool.tgz -C /opt\n"
                + "LABEL a=b\n"
                + "RUN rm -f /tmp/tool.tgz\n";
        FixLoop.Outcome o = Fixing.fix(in, RM);
        assertThat(o.fixed())
                .isEqualTo("FROM debian:bookworm\n"
                        + "RUN curl -fsSL -o /tmp/tool.tgz https://example.com/tool.tgz && tar -xzf /tmp/tool.tgz -C /opt"
                        + " && rm -f /tmp/tool.tgz\n"
                        + "LABEL a=b\n");
        assertThat(o.applied())
                .extracting(FixLoop.Applied::safety)
                .containsExactly(dev.imgslim.rules.Fix.Safety.UNSAFE);
        assertThat(Fixing.fix(in, FixSelection.safeOnly()).fixed()).doesNotContain("opt && rm");
        // rm first, followed by && (continued lines, trailing style); a RUN between that does not name the file.
        String chained = "FROM debian:bookworm\n"
                + "RUN wget -O /tmp/big.zip https://example.com/big.zip && \\\n    unzip /tmp/big.zip -d /opt/big\n"
                + "RUN echo hello\n"
                + "RUN rm /tmp/big.zip && \\\n    echo done\n";
        assertThat(rm(chained))
                .isEqualTo("FROM debian:bookworm\n"
                        + "RUN wget -O /tmp/big.zip https://example.com/big.zip && \\\n    unzip /tmp/big.zip -d /opt/big && \\\n"
                        + "    rm /tmp/big.zip\n"
                        + "RUN echo hello\n"
                        + "RUN echo done\n");
        assertThat(rm(rm(chained))).isEqualTo(rm(chained));
    }

    @Test
    void rmStaysWhenMovingItCouldBreakTheBuild() throws Exception {
        String made = "FROM debian:bookworm\n"
                + "RUN curl -fsSL -o /tmp/tool.tgz https://example.com/tool.tgz && tar -xzf /tmp/tool.tgz -C /opt\n";
        List<String> misses = List.of(
                // a RUN between names the file
                made + "RUN sha256sum /tmp/tool.tgz\nRUN rm -f /tmp/tool.tgz\n",
                // a glob with a RUN between
                made + "RUN echo hi\nRUN rm -f /tmp/*.tgz\n",
                // state between: ENV, WORKDIR, USER, COPY
                made + "ENV A=b\nRUN rm -f /tmp/tool.tgz\n",
                made + "USER nobody\nRUN rm -f /tmp/tool.tgz\n",
                made + "COPY x /x\nRUN rm -f /tmp/tool.tgz\n",
                // the rm is not the RUN's first command, or is joined by ; or ||
                made + "RUN ls /tmp && rm -f /tmp/tool.tgz\n",
                made + "RUN rm -f /tmp/tool.tgz; echo done\n",
                made + "RUN rm -f /tmp/tool.tgz || true\n",
                // a variable, a relative path, a path other layers made too
                made + "ENV T=/tmp\nRUN rm -f $T/tool.tgz\n",
                made + "WORKDIR /tmp\nRUN rm -f tool.tgz\n",
                made + "COPY tool.tgz /tmp/other.tgz\nRUN rm -f /tmp/tool.tgz /tmp/other.tgz\n",
                // different flags
                made + "RUN --network=none rm -f /tmp/tool.tgz\n",
                // an operator with no command after it (regression: found reading the code, the fix builder
                // asked for the second command of a RUN that has one and threw)
                made + "RUN rm -f /tmp/tool.tgz && \\\n  # curl -fsSL https://example.com/other.tgz\n",
                made + "RUN rm -f /tmp/tool.tgz &&\n");
        for (String in : misses) refused(in, RM, "delete-in-later-layer");
    }
}
