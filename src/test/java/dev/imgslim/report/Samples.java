package dev.imgslim.report;

import dev.imgslim.config.Severity;
import dev.imgslim.rules.Category;
import dev.imgslim.rules.Finding;
import dev.imgslim.rules.Fix;
import dev.imgslim.rules.LintResult;
import dev.imgslim.rules.LintResult.FileError;
import dev.imgslim.rules.RuleMeta;
import dev.imgslim.rules.SizeSaving;
import dev.imgslim.rules.TextEdit;
import dev.imgslim.syntax.Span;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * Hand-built results every reporter test shares. They carry the cases that break formats: non-ASCII
 * ("café" in a message and a path), a tab before a span, a message with quotes, a newline and {@code <&>},
 * findings with and without savings, two findings at one position (ordered by code), a multi-line span,
 * a clean file and a file error. Findings are listed out of order on purpose.
 */
final class Samples {
    private Samples() {}

    static final RuleMeta SLIM = new RuleMeta(
            "IS101",
            "base-image-has-slim-variant",
            Severity.WARNING,
            Category.SIZE,
            "a slimmer variant of this base image exists");
    static final RuleMeta NO_RECOMMENDS = new RuleMeta(
            "IS205",
            "apt-no-install-recommends",
            Severity.INFO,
            Category.SIZE,
            "apt-get install without --no-install-recommends also installs recommended packages");
    static final RuleMeta CONSECUTIVE = new RuleMeta(
            "IS210",
            "consecutive-run",
            Severity.INFO,
            Category.SIZE,
            "consecutive RUN instructions each add a layer; consider joining them");
    static final RuleMeta APT_LISTS = new RuleMeta(
            "IS301",
            "apt-lists-not-removed",
            Severity.WARNING,
            Category.SIZE,
            "apt lists are left in the layer; remove /var/lib/apt/lists/* in the same RUN");
    static final RuleMeta COPY_OUTSIDE = new RuleMeta(
            "IS010",
            "copy-outside-context",
            Severity.ERROR,
            Category.CORRECTNESS,
            "COPY names a path outside the build context");
    static final RuleMeta LABEL_KEY = new RuleMeta(
            "IS520",
            "label-not-namespaced",
            Severity.STYLE,
            Category.STYLE,
            "label keys should use a reverse-DNS namespace");

    static final String MAIN = "Dockerfile";
    static final String CAFE = "services/café/Dockerfile";
    static final String CLEAN = "clean/Dockerfile";
    static final String BROKEN = "broken/Dockerfile";

    static final Map<String, List<String>> SOURCES = Map.of(
            MAIN,
                    List.of(
                            "FROM python:3.12",
                            "LABEL description=\"café\"",
                            "RUN apt-get update && apt-get install -y curl",
                            "COPY \"a<b>&c\" /app/"),
            CAFE, List.of("FROM debian:bookworm", "RUN\tapt-get install -y café-tools", "RUN echo \"done\""),
            CLEAN, List.of("FROM scratch"));

    static Span span(int line, int col, int endLine, int endCol) {
        return new Span(line, col, endLine, endCol, -1, -1);
    }

    static LintResult mixed() {
        Finding aptLists = new Finding(
                APT_LISTS,
                Severity.WARNING,
                MAIN,
                span(3, 5, 3, 46),
                "apt lists are left in the layer; remove /var/lib/apt/lists/* in the same RUN",
                new SizeSaving(24_800_000, false, "estimate", "estimate: apt lists on a Debian base"),
                List.of(Fix.safe(
                        "remove apt lists in the same layer",
                        TextEdit.insert(106, " && rm -rf /var/lib/apt/lists/*"))));
        Finding slim = new Finding(
                SLIM,
                Severity.WARNING,
                MAIN,
                span(1, 6, 1, 17),
                "python:3.12 has a slimmer variant python:3.12-slim",
                new SizeSaving(880_400_000, true, "catalog", "catalog, 2026-08"),
                List.of(Fix.suggestion("use python:3.12-slim", new TextEdit(5, 16, "python:3.12-slim"))));
        Finding noRecommends = new Finding(
                NO_RECOMMENDS,
                Severity.INFO,
                MAIN,
                span(3, 5, 3, 46),
                "apt-get install without --no-install-recommends",
                null,
                List.of());
        Finding copy = new Finding(
                COPY_OUTSIDE,
                Severity.ERROR,
                MAIN,
                span(4, 6, 4, 14),
                "COPY source \"a<b>&c\" is outside the build context\nhint: paths are relative to the context, 'a' & \"b\"",
                null,
                List.of());
        Finding label = new Finding(
                LABEL_KEY,
                Severity.STYLE,
                MAIN,
                span(2, 7, 2, 18),
                "label 'description' is not namespaced; use org.opencontainers.image.description",
                null,
                List.of());
        Finding cafeTools = new Finding(
                NO_RECOMMENDS,
                Severity.INFO,
                CAFE,
                span(2, 5, 2, 34),
                "apt-get install without --no-install-recommends (installs café-tools' recommends)",
                null,
                List.of());
        Finding consecutive = new Finding(
                CONSECUTIVE,
                Severity.INFO,
                CAFE,
                span(2, 1, 3, 16),
                "consecutive RUN instructions each add a layer; consider joining them",
                new SizeSaving(12_000, false, "estimate", "estimate: one layer's metadata"),
                List.of());
        return new LintResult(
                List.of(MAIN, CAFE, CLEAN, BROKEN),
                List.of(consecutive, aptLists, copy, cafeTools, slim, label, noRecommends),
                List.of(new FileError(BROKEN, 2, 1, "unterminated heredoc: expected \"EOF\" before end of file")));
    }

    static LintResult clean() {
        return new LintResult(List.of(CLEAN), List.of(), List.of());
    }

    static ReportContext context() {
        return new ReportContext(
                false,
                "0.1.0",
                file -> SOURCES.getOrDefault(file, List.of()),
                null,
                ReportContext.DEFAULT_RULE_DOC_BASE,
                true,
                null,
                null);
    }

    static String render(Reporter reporter, LintResult result, ReportContext ctx) {
        StringWriter sw = new StringWriter();
        reporter.write(result, ctx, new PrintWriter(sw));
        return sw.toString();
    }

    static String render(String format, LintResult result) {
        return render(Reporters.forName(format), result, context());
    }
}
