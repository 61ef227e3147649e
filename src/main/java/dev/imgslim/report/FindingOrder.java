package dev.imgslim.report;

import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintResult;
import dev.imgslim.rules.LintResult.FileError;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The one order every reporter uses, so outputs diff cleanly between runs whatever order the engine
 * produced: file, line, column, code, then the rest of the span and the message as tie-breakers.
 */
final class FindingOrder {
    private FindingOrder() {}

    static final Comparator<Finding> FINDINGS = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(f -> f.rule().code())
            .thenComparingInt(f -> f.span().endLine())
            .thenComparingInt(f -> f.span().endColumn())
            .thenComparing(Finding::message);

    static final Comparator<FileError> ERRORS = Comparator.comparing(FileError::file)
            .thenComparingInt(FileError::line)
            .thenComparingInt(FileError::column)
            .thenComparing(FileError::message);

    static List<Finding> findings(LintResult result) {
        List<Finding> sorted = new ArrayList<>(result.findings());
        sorted.sort(FINDINGS);
        return sorted;
    }

    static List<FileError> errors(LintResult result) {
        List<FileError> sorted = new ArrayList<>(result.errors());
        sorted.sort(ERRORS);
        return sorted;
    }

    /** Every file the result mentions, sorted: linted files plus any only named by a finding or an error. */
    static List<String> files(LintResult result) {
        Collection<String> all = new TreeSet<>(result.files());
        result.findings().forEach(f -> all.add(f.file()));
        result.errors().forEach(e -> all.add(e.file()));
        return List.copyOf(all);
    }

    static List<Finding> in(List<Finding> sorted, String file) {
        return sorted.stream().filter(f -> f.file().equals(file)).toList();
    }

    static List<FileError> errorsIn(List<FileError> sorted, String file) {
        return sorted.stream().filter(e -> e.file().equals(file)).toList();
    }
}
