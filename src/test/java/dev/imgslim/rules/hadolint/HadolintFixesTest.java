package dev.imgslim.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.TextEdit;
import dev.imgslim.syntax.DockerfileParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The safe fixes of this family, applied to the source, give the good form. */
class HadolintFixesTest {

    private static String fixed(String name, String text) throws Exception {
        var file = new DockerfileParser().parse("Dockerfile", text);
        Rule rule = BuiltinRules.family("hadolint").stream()
                .filter(r -> r.meta().name().equals(name))
                .findFirst()
                .orElseThrow();
        List<Finding> fs = new LintEngine(List.of(rule)).lint(file, LintOptions.defaults());
        List<TextEdit> edits = new ArrayList<>();
        for (Finding f : fs) for (Fix fix : f.fixes()) if (fix.safety() == Fix.Safety.SAFE) edits.addAll(fix.edits());
        edits.sort(Comparator.comparingInt(TextEdit::start).reversed());
        StringBuilder sb = new StringBuilder(text);
        for (TextEdit e : edits) sb.replace(e.start(), e.end(), e.text());
        return sb.toString();
    }

    @Test
    void addBecomesCopyOnlyWhenEverySourceIsAPlainLocalFile() throws Exception {
        assertThat(fixed("add-instead-of-copy", "FROM debian:bookworm\nADD --chown=app app.py conf/ /app/\nadd x /x\n"))
                .isEqualTo("FROM debian:bookworm\nCOPY --chown=app app.py conf/ /app/\ncopy x /x\n");
        String mixed = "FROM debian:bookworm\nADD app.py vendor.tar.gz /app/\nADD --checksum=sha256:00 app.py /app/\n";
        assertThat(fixed("add-instead-of-copy", mixed)).isEqualTo(mixed);
    }

    @Test
    void missingYesIsAddedAfterTheSubcommand() throws Exception {
        assertThat(fixed(
                        "apt-missing-yes",
                        "FROM debian:bookworm\nRUN apt-get update && apt-get install --no-install-recommends curl\n"))
                .isEqualTo(
                        "FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n");
        assertThat(fixed("zypper-missing-yes", "FROM opensuse/leap:15.6\nRUN zypper in curl\n"))
                .isEqualTo("FROM opensuse/leap:15.6\nRUN zypper in -y curl\n");
        assertThat(fixed("dnf-missing-yes", "FROM fedora:40\nRUN <<EOF\ndnf install git\nEOF\n"))
                .isEqualTo("FROM fedora:40\nRUN <<EOF\ndnf install -y git\nEOF\n");
        String nested = "FROM centos:7\nRUN sh -c 'yum install httpd'\n";
        assertThat(fixed("yum-missing-yes", nested)).isEqualTo(nested);
    }
}
