package dev.imgslim.report;

import dev.imgslim.rules.Finding;
import dev.imgslim.rules.LintResult;
import dev.imgslim.rules.LintResult.FileError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one order every reporter uses, so outputs diff cleanly between runs whatever order the engine
 * produced: file, line, column, code, then the rest of the span and the message as tie-breakers.
 */
final class FindingOrder {
    private FindingOrder() {}

    /*
     * The two orders are written out, not chained from Comparator.comparing: the chain linked eleven lambdas
     * and made three classes at run time that no class-data archive keeps, on every run that reports.
     */
    static final Comparator<Finding> FINDINGS = new FindingsOrder();

    static final Comparator<FileError> ERRORS = new ErrorsOrder();

    private static final class FindingsOrder implements Comparator<Finding> {
        @Override
        public int compare(Finding a, Finding b) {
            int c = dev.imgslim.rules.LintEngine.comparePlaces(a, b);
            if (c == 0) c = Integer.compare(a.span().endLine(), b.span().endLine());
            if (c == 0) c = Integer.compare(a.span().endColumn(), b.span().endColumn());
            if (c == 0) c = a.message().compareTo(b.message());
            return c;
        }
    }

    private static final class ErrorsOrder implements Comparator<FileError> {
        @Override
        public int compare(FileError a, FileError b) {
            int c = a.file().compareTo(b.file());
            if (c == 0) c = Integer.compare(a.line(), b.line());
            if (c == 0) c = Integer.compare(a.column(), b.column());
            if (c == 0) c = a.message().compareTo(b.message());
            return c;
        }
    }

    static List<Finding> findings(LintResult result) {
        List<Finding> sorted = new ArrayList<>(result.findings());
        sorted.sort(FINDINGS);
        return sorted;
    }

    /** One file's findings in report order. */
    static List<Finding> sorted(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
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

    /** Sorted findings grouped by file, for the per-file formats; one pass, so large repositories stay linear. */
    static Map<String, List<Finding>> findingsByFile(LintResult result) {
        return findings(result).stream()
                .collect(Collectors.groupingBy(Finding::file, TreeMap::new, Collectors.toList()));
    }

    static Map<String, List<FileError>> errorsByFile(LintResult result) {
        return errors(result).stream()
                .collect(Collectors.groupingBy(FileError::file, TreeMap::new, Collectors.toList()));
    }
}
