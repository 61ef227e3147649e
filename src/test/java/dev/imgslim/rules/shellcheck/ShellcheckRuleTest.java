package dev.imgslim.rules.shellcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.config.Config;
import dev.imgslim.config.Severity;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintEngine;
import dev.imgslim.rules.LintOptions;
import dev.imgslim.rules.Rule;
import dev.imgslim.syntax.DockerfileParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule with the real shellcheck: what is checked, in which dialect, and where findings land. */
class ShellcheckRuleTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needsShellcheck() {
        ShellcheckInstalled.require();
    }

    private static List<Finding> lint(String dockerfile) {
        return lint(dockerfile, Config.defaults(), new ShellcheckRule());
    }

    private static List<Finding> lint(String dockerfile, Config config, Rule rule) {
        dev.imgslim.syntax.Dockerfile file;
        try {
            file = new DockerfileParser().parse("Dockerfile", dockerfile);
        } catch (dev.imgslim.syntax.DockerfileParseException e) {
            throw new AssertionError(e);
        }
        return new LintEngine(List.of(rule)).lint(file, options(config, Map.of()));
    }

    /** The options of a run whose environment's PATH has the test JVM's shellcheck. */
    private static LintOptions options(Config config, Map<String, String> buildArgs) {
        return new LintOptions(config, buildArgs, null, null, null, null, null, ShellcheckInstalled.path());
    }

    private static List<String> where(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.rule().code() + "@" + f.line() + ":" + f.column() + "-"
                        + f.span().endLine() + ":" + f.span().endColumn())
                .toList();
    }

    @Test
    void inlineRunAcrossContinuationsMapsToSourceColumns() {
        List<Finding> f = lint(
                "FROM debian\nRUN --mount=type=cache,target=/x echo hi && \\\n    mkdir -p $dir \\\n\t&& cd $dir\n");
        assertThat(where(f)).contains("SC2086@3:14-3:18", "SC2086@4:8-4:12", "SC2154@3:14-3:18");
        Finding q = f.stream()
                .filter(x -> x.rule().code().equals("SC2086"))
                .findFirst()
                .orElseThrow();
        assertThat(q.severity()).isEqualTo(Severity.INFO);
        assertThat(q.rule().name()).isEqualTo("shellcheck");
        assertThat(q.rule().aliases()).containsExactly("IS700");
        assertThat(q.rule().category()).isEqualTo(dev.imgslim.rules.Category.CORRECTNESS);
        assertThat(q.message())
                .isEqualTo(
                        "Double quote to prevent globbing and word splitting (https://www.shellcheck.net/wiki/SC2086)");
        assertThat(f.stream()
                        .filter(x -> x.rule().code().equals("SC2154"))
                        .findFirst()
                        .orElseThrow()
                        .severity())
                .isEqualTo(Severity.WARNING);
    }

    @Test
    void heredocScriptColumnsCountTabsAsOneAndAstralCharsAsTwoUnits() {
        List<Finding> f = lint("FROM debian\nRUN <<EOF\nset -e\n\techo \"é😀\" $HOME\nEOF\n");
        // tab(1) echo(2-5) space(6) "(7) é(8) 😀(9-10) "(11) space(12) $HOME(13-17)
        assertThat(where(f)).containsExactly("SC2086@4:13-4:18");
    }

    @Test
    void crlfFilesMapLikeLfFiles() {
        String df = "FROM debian\r\nRUN touch $HOME && \\\r\n    touch $HOME\r\nRUN <<EOF\r\ntouch $HOME\r\nEOF\r\n";
        assertThat(where(lint(df))).containsExactly("SC2086@2:11-2:16", "SC2086@3:11-3:16", "SC2086@5:7-5:12");
    }

    @Test
    void argAndEnvNamesInScopeCountAsSetButStayUnknown() {
        String df = "ARG global_only\nFROM debian\nARG version\nENV app_home=/opt/app\n"
                + "RUN echo \"$version $app_home $http_proxy $global_only $nope\" && echo $version\n";
        List<Finding> f = lint(df);
        assertThat(f)
                .extracting(Finding::message)
                .filteredOn(m -> m.contains("SC2154"))
                .containsExactlyInAnyOrder(
                        "global_only is referenced but not assigned (https://www.shellcheck.net/wiki/SC2154)",
                        "nope is referenced but not assigned (https://www.shellcheck.net/wiki/SC2154)");
        // An ARG without a value may hold anything (a build argument may hold spaces): unquoted, it is SC2086.
        assertThat(where(f)).contains("SC2086@5:70-5:78");
    }

    @Test
    void plainWordValuesNeedNoQuotesOtherValuesDo() {
        // $money is /x: BuildKit expands ENV values, and HOME is not known here.
        String df =
                "FROM debian\nARG version=1.2.3\nARG bare\nENV home=/opt/app spaced=\"a b\" glob=/x/* quoted=\"it's\" money=$HOME/x\n"
                        + "RUN echo $version $home $bare $spaced $glob $quoted $money\n";
        assertThat(lint(df))
                .extracting(f -> f.rule().code() + "@" + f.column())
                .containsExactly("SC2086@25", "SC2086@31", "SC2086@39", "SC2086@45");
        var file = parse(df);
        var withArg = options(Config.defaults(), Map.of("bare", "v2"));
        assertThat(new LintEngine(List.of(new ShellcheckRule())).lint(file, withArg))
                .extracting(f -> f.column())
                .containsExactly(31, 39, 45);
        // The header stays one line whatever the values hold.
        assertThat(RunScripts.exports(
                        dev.imgslim.build.BuildModel.of(parse("FROM x\nENV a=\"x\\ny\" b=\"x'y\" c=1\nRUN true\n"))
                                .stages()
                                .get(0)
                                .variablesAtEnd()))
                .doesNotContain("\n")
                .contains(" a ", " b ", " c='1'");
    }

    @Test
    void theExportLinesNameAndPlainWordChecksAreTheRegexesTheyReplace() {
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
        java.util.regex.Pattern plain = java.util.regex.Pattern.compile("[A-Za-z0-9_./:@%+,=~^-]*");
        List<String> samples = List.of(
                "",
                "a",
                "_",
                "A1",
                "1a",
                "a-b",
                "a b",
                "é",
                "a\u0663",
                "\u0663",
                "x_Y_9",
                "1.2.3",
                "/usr/bin:/bin",
                "a=b,c~d^e%f+g@h",
                "$x",
                "a'b",
                "a\"b",
                "*",
                "a\nb",
                "ä",
                "v1.0-rc_2");
        for (String s : samples) {
            assertThat(RunScripts.isName(s))
                    .as("name " + s)
                    .isEqualTo(name.matcher(s).matches());
            assertThat(RunScripts.isPlainWord(s))
                    .as("plain word " + s)
                    .isEqualTo(plain.matcher(s).matches());
        }
        // sorted, each name once (an ARG named like a proxy ARG is not repeated), values where plain
        assertThat(RunScripts.exports(dev.imgslim.build.BuildModel.of(
                                parse("FROM x\nARG http_proxy=p:1\nENV b=2 a=\"x y\" 9x=1\nRUN true\n"))
                        .stages()
                        .get(0)
                        .variablesAtEnd()))
                .isEqualTo("export ALL_PROXY FTP_PROXY HTTPS_PROXY HTTP_PROXY NO_PROXY a all_proxy b='2' ftp_proxy"
                        + " http_proxy='p:1' https_proxy no_proxy");
    }

    private static dev.imgslim.syntax.Dockerfile parse(String text) {
        try {
            return new DockerfileParser().parse("Dockerfile", text);
        } catch (dev.imgslim.syntax.DockerfileParseException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void variablesOfTheParentStageAreInScope() {
        List<Finding> f = lint("FROM debian AS base\nENV tool_dir=/opt/t\nFROM base\nRUN echo \"$tool_dir\"\n");
        assertThat(f).isEmpty();
    }

    @Test
    void defaultShellIsShAndShellInstructionPicksTheDialect() {
        String bashism = "RUN [[ -f /etc/os-release ]] && echo ok\n";
        assertThat(where(lint("FROM debian\n" + bashism))).containsExactly("SC3010@2:5-2:29");
        assertThat(lint("FROM debian\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n" + bashism))
                .isEmpty();
        // SHELL carries over to a stage built FROM this one, and only from where it is written.
        assertThat(lint("FROM debian AS a\nSHELL [\"/bin/bash\", \"-c\"]\nFROM a\n" + bashism))
                .isEmpty();
        assertThat(where(lint("FROM debian\n" + bashism + "SHELL [\"/bin/bash\", \"-c\"]\n" + bashism)))
                .containsExactly("SC3010@2:5-2:29");
        // Another stage from an image does not inherit it.
        assertThat(lint("FROM debian AS a\nSHELL [\"/bin/bash\", \"-c\"]\nFROM debian\n" + bashism))
                .hasSize(1);
    }

    @Test
    void nonPosixShellsAreSkipped() {
        String ps = "RUN $ErrorActionPreference = 'Stop'; Write-Output $env:PATH\n";
        assertThat(lint("FROM mcr.microsoft.com/windows/servercore\nSHELL [\"powershell\", \"-Command\"]\n" + ps))
                .isEmpty();
        assertThat(lint(
                        "FROM x\nSHELL [\"C:\\\\Windows\\\\System32\\\\WindowsPowerShell\\\\v1.0\\\\powershell.exe\", \"-Command\"]\n"
                                + ps))
                .isEmpty();
        assertThat(lint("FROM x\nSHELL [\"cmd\", \"/S\", \"/C\"]\nRUN echo %PATH% $x\n"))
                .isEmpty();
        assertThat(lint("FROM x\n# imgslim shell=powershell # reason: the base image's shell\n" + ps))
                .isEmpty();
        assertThat(lint("# imgslim global shell=pwsh\nFROM x\n" + ps + ps)).isEmpty();
        // The pragma is for the next RUN only.
        assertThat(lint("FROM x\n# imgslim shell=powershell\n" + ps + "RUN echo $HOME\n"))
                .extracting(Finding::line)
                .containsExactly(4);
        // hadolint's pragma holds like a SHELL instruction, from the next instruction on.
        assertThat(lint("FROM mcr.microsoft.com/x\n# hadolint shell=powershell\n" + ps + ps))
                .isEmpty();
        assertThat(lint("# hadolint shell=powershell\nFROM x\n" + ps + ps)).isEmpty();
        assertThat(lint("FROM x\nRUN echo $HOME\n# hadolint shell=pwsh\n" + ps + "FROM y\nRUN echo $HOME\n"))
                .extracting(Finding::line)
                .containsExactly(2, 6);
        // A pragma picks a POSIX dialect too.
        assertThat(lint("FROM x\n# imgslim shell=bash\nRUN [[ -d /x ]] && echo $HOME\n"))
                .extracting(f -> f.rule().code())
                .containsExactly("SC2086");
    }

    @Test
    void whatTheRealShSupportsIsNotReported() {
        String local = "RUN f() { local x=1; echo \"$x\"; } && f\n";
        assertThat(lint("FROM debian:bookworm\n" + local)).isEmpty();
        String ashisms =
                "RUN v=abc && source /etc/profile && [[ -f /x ]] && echo -n \"${v/a/b}\" \"${v:0:1}\" &> /dev/null\n";
        assertThat(lint("FROM debian:bookworm\n" + ashisms))
                .extracting(f -> f.rule().code())
                .containsExactlyInAnyOrder("SC3046", "SC3010", "SC3037", "SC3060", "SC3057", "SC3020");
        assertThat(lint("FROM python:3.12-alpine\n" + ashisms)).isEmpty();
        assertThat(lint("ARG ALPINE=3.20\nFROM golang:1.23-alpine${ALPINE} AS b\nFROM b\n" + ashisms))
                .isEmpty();
        // Brace expansion is not busybox ash.
        assertThat(lint("FROM alpine:3.20\nRUN mkdir -p /a/{b,c}\n"))
                .extracting(f -> f.rule().code())
                .containsExactly("SC3009");
    }

    @Test
    void windowsImagesDefaultToCmd() {
        String run = "RUN mkdir C:\\tmp && echo %PATH% $x\n";
        assertThat(lint("FROM mcr.microsoft.com/windows/servercore:ltsc2022\n" + run))
                .isEmpty();
        assertThat(lint("ARG WINDOWS_BASE_IMAGE\nFROM ${WINDOWS_BASE_IMAGE}:ltsc2022\n" + run))
                .isEmpty();
        assertThat(lint("FROM mcr.microsoft.com/powershell:nanoserver-1809 AS a\nFROM a\n" + run))
                .isEmpty();
        assertThat(lint("# escape=`\nFROM $BASE\n" + run.replace("\\\\", "\\"))).isEmpty();
        assertThat(lintNamed("images/Dockerfile_windows", "ARG BASE\nFROM $BASE\n" + run))
                .isEmpty();
        assertThat(lintNamed("images/Dockerfile", "ARG BASE\nFROM $BASE\n" + run))
                .isNotEmpty();
        // SHELL or a pragma still says what runs.
        assertThat(lint("FROM mcr.microsoft.com/windows/servercore\nSHELL [\"bash\", \"-c\"]\nRUN echo $x\n"))
                .isNotEmpty();
        assertThat(lint("# imgslim global shell=sh\nFROM mcr.microsoft.com/windows/servercore\nRUN echo $x\n"))
                .isNotEmpty();
    }

    private static List<Finding> lintNamed(String path, String dockerfile) {
        try {
            var file = new DockerfileParser().parse(path, dockerfile);
            return new LintEngine(List.of(new ShellcheckRule())).lint(file, options(Config.defaults(), Map.of()));
        } catch (dev.imgslim.syntax.DockerfileParseException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void execFormAndNonShellHeredocsAreSkipped() {
        assertThat(lint("FROM x\nRUN [\"sh\", \"-c\", \"echo $HOME\"]\nCMD echo $HOME\n"))
                .isEmpty();
        assertThat(lint("FROM x\nRUN python3 <<EOF\nprint(\"$HOME\" + `x`)\nEOF\n"))
                .isEmpty();
        assertThat(lint("FROM x\nRUN <<EOF\n#!/usr/bin/env python3\nimport os\nprint(os.environ['HOME'], $x)\nEOF\n"))
                .isEmpty();
    }

    @Test
    void heredocShebangOrFeedingShellPicksTheDialect() {
        assertThat(lint("FROM x\nRUN <<EOF\n#!/bin/bash\n[[ -d /x ]] && echo \"$HOME\"\nEOF\n"))
                .isEmpty();
        assertThat(lint("FROM x\nRUN bash <<EOF\n[[ -d /x ]] && echo \"$HOME\"\nEOF\n"))
                .isEmpty();
        assertThat(where(lint("FROM x\nRUN sh <<EOF\n[[ -d /x ]] && echo \"$HOME\"\nEOF\n")))
                .containsExactly("SC3010@3:1-3:12");
    }

    @Test
    void dataHeredocsAreCheckedWithTheirCommandLine() {
        List<Finding> f = lint("FROM x\nRUN cat <<EOF > /etc/motd && chmod 644 $target\nhello $who\nEOF\n");
        assertThat(where(f)).contains("SC2086@2:40-2:47", "SC2154@2:40-2:47", "SC2154@3:7-3:11");
        assertThat(lint("FROM x\nRUN cat <<'EOF' > /etc/motd\nhello $who\nEOF\n"))
                .isEmpty();
    }

    @Test
    void findingsLandInsideTheRunSoInlinePragmasApply() {
        String run = "RUN mkdir $dir_a && echo $HOME\n";
        assertThat(lint("FROM x\nARG dir_a\n# imgslim ignore=SC2086\n" + run)).isEmpty();
        assertThat(lint("FROM x\nARG dir_a\n# hadolint ignore=SC2086\n" + run)).isEmpty();
        assertThat(lint("FROM x\nARG dir_a\n# imgslim ignore=shellcheck\n" + run))
                .isEmpty();
        assertThat(lint("FROM x\nARG dir_a\n# imgslim ignore=IS700\n" + run)).isEmpty();
        assertThat(lint("# hadolint global ignore=SC2086\nFROM x\nARG dir_a\n" + run + run))
                .isEmpty();
        assertThat(lint("FROM x\nARG dir_a\n# imgslim ignore=SC2154\n" + run)).hasSize(2);
        // BuildKit's check=skip only skips BuildKit checks: SC codes are not BuildKit check names.
        assertThat(lint("# check=skip=all\nFROM x\nARG dir_a\n" + run)).hasSize(2);
    }

    @Test
    void configIgnoresAndSeveritiesApplyPerCodeOrToAll() {
        String df = "FROM x\nRUN mkdir $dir_a\n";
        Config d = Config.defaults();
        assertThat(lint(df, d, new ShellcheckRule()))
                .extracting(f -> f.rule().code())
                .containsExactly("SC2086", "SC2154");
        assertThat(lint(df, d.withIgnore(List.of("SC2154")), new ShellcheckRule()))
                .extracting(f -> f.rule().code())
                .containsExactly("SC2086");
        assertThat(lint(df, d.withIgnore(List.of("shellcheck")), new ShellcheckRule()))
                .isEmpty();
        assertThat(lint(df, d.withShellcheck(false), new ShellcheckRule())).isEmpty();
        Config exact = withSeverity(d, Map.of("shellcheck", Severity.STYLE, "sc2086", Severity.ERROR));
        assertThat(lint(df, exact, new ShellcheckRule()))
                .extracting(f -> f.rule().code() + "=" + f.severity())
                .containsExactly("SC2086=ERROR", "SC2154=STYLE");
    }

    private static Config withSeverity(Config c, Map<String, Severity> sev) {
        return new Config(
                c.ignore(),
                new java.util.LinkedHashMap<>(sev),
                c.failureThreshold(),
                c.format(),
                c.trustedRegistries(),
                c.labelSchema(),
                c.strictLabels(),
                c.catalog(),
                c.mirrors(),
                c.shellcheck(),
                c.source(),
                c.positions(),
                c.enable());
    }

    @Test
    void oneProcessPerDockerfileAndNoneWithoutShellRuns() throws Exception {
        Path log = dir.resolve("calls.log");
        Path fake = script(
                "counting-shellcheck",
                "#!/bin/sh\necho \"$@\" >> '" + log + "'\nexec '" + ShellcheckInstalled.path() + "' \"$@\"\n");
        Rule rule = new ShellcheckRule(fake, Duration.ofSeconds(30));
        List<Finding> f = lint(
                "FROM x\nRUN echo $a1\nRUN echo $a2\nRUN <<EOF\necho $a3\nEOF\nFROM y\nRUN echo $a4\n",
                Config.defaults(),
                rule);
        assertThat(f).extracting(Finding::line).contains(2, 3, 5, 8);
        List<String> calls = Files.readAllLines(log);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0)).contains("--format=json1", "run-1.sh", "run-4.sh");
        Files.delete(log);
        assertThat(lint("FROM x\nRUN [\"true\"]\nCOPY a /b\n", Config.defaults(), rule))
                .isEmpty();
        assertThat(lint("FROM mcr.microsoft.com/windows\nSHELL [\"cmd\", \"/C\"]\nRUN echo\n", Config.defaults(), rule))
                .isEmpty();
        assertThat(log).doesNotExist();
    }

    @Test
    void aHangingOrFailingShellcheckYieldsNoCommentsAndLeavesNoTemporaryFiles() throws Exception {
        Path hang = script("hanging-shellcheck", "#!/bin/sh\nsleep 20\n");
        long t0 = System.nanoTime();
        // A timeout yields only the notice that the RUN was not checked (ShellcheckCacheTest has its text).
        assertThat(lint("FROM x\nRUN echo $x\n", Config.defaults(), new ShellcheckRule(hang, Duration.ofMillis(300))))
                .allMatch(f -> ShellcheckRule.isNotice(f.rule()))
                .hasSize(1);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        Path broken = script("broken-shellcheck", "#!/bin/sh\necho 'not json'\nexit 1\n");
        assertThat(lint("FROM x\nRUN echo $x\n", Config.defaults(), new ShellcheckRule(broken, Duration.ofSeconds(5))))
                .isEmpty();
        Path usage = script(
                "usage-shellcheck",
                "#!/bin/sh\necho '{\"comments\":[{\"file\":\"run-1.sh\",\"line\":3,\"column\":1,\"code\":1,\"level\":\"error\",\"message\":\"x\"}]}'\nexit 4\n");
        assertThat(lint("FROM x\nRUN echo $x\n", Config.defaults(), new ShellcheckRule(usage, Duration.ofSeconds(5))))
                .isEmpty();
        assertThat(lint(
                        "FROM x\nRUN echo $x\n",
                        Config.defaults(),
                        new ShellcheckRule(dir.resolve("missing"), Duration.ofSeconds(5))))
                .isEmpty();
    }

    @Test
    void commentsOnOurHeaderLinesAreDropped() throws Exception {
        Path fake = script(
                "header-shellcheck",
                "#!/bin/sh\necho '{\"comments\":["
                        + "{\"file\":\"run-1.sh\",\"line\":1,\"endLine\":1,\"column\":1,\"endColumn\":3,\"code\":2148,\"level\":\"error\",\"message\":\"shebang\"},"
                        + "{\"file\":\"run-1.sh\",\"line\":2,\"endLine\":2,\"column\":1,\"endColumn\":3,\"code\":2034,\"level\":\"warning\",\"message\":\"export\"},"
                        + "{\"file\":\"other.sh\",\"line\":3,\"endLine\":3,\"column\":1,\"endColumn\":3,\"code\":1,\"level\":\"warning\",\"message\":\"elsewhere\"},"
                        + "{\"file\":\"run-1.sh\",\"line\":3,\"endLine\":3,\"column\":6,\"endColumn\":6,\"code\":9999,\"level\":\"style\",\"message\":\"here.\"}]}'\nexit 1\n");
        List<Finding> f =
                lint("FROM x\nRUN echo $x\n", Config.defaults(), new ShellcheckRule(fake, Duration.ofSeconds(5)));
        // A point (column == endColumn) underlines the character there.
        assertThat(where(f)).containsExactly("SC9999@2:10-2:11");
        assertThat(f.get(0).severity()).isEqualTo(Severity.STYLE);
        assertThat(f.get(0).message()).isEqualTo("here (https://www.shellcheck.net/wiki/SC9999)");
    }

    @Test
    void pathSearch() throws Exception {
        assertThat(ShellcheckRule.search(dir.toString())).isNull();
        assertThat(ShellcheckRule.search(null)).isNull();
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path sc = bin.resolve("shellcheck");
        Files.writeString(sc, "#!/bin/sh\n");
        assertThat(ShellcheckRule.search(dir + java.io.File.pathSeparator + bin))
                .isNull();
        Files.setPosixFilePermissions(sc, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(ShellcheckRule.search("" + java.io.File.pathSeparator + dir + java.io.File.pathSeparator + bin))
                .isEqualTo(sc);
        assertThat(ShellcheckRule.findOnPath(Map.of("PATH", dir + java.io.File.pathSeparator + bin)))
                .isEqualTo(sc);
        assertThat(ShellcheckRule.findOnPath(Map.of())).isNull();
    }

    private Path script(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }
}
