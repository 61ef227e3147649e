package dev.imgslim.advice;

import java.util.ArrayList;
import java.util.List;

/**
 * The size advice of one lint run: one {@link SizeReport} per Dockerfile, in the order linted.
 *
 * @param files       per-file reports
 * @param budgetBytes the {@code --size-budget}, or null
 */
public record SizeAdvice(List<SizeReport> files, Long budgetBytes) {
    public SizeAdvice {
        files = List.copyOf(files);
    }

    /** True when some file's estimated final image is known to exceed the budget. */
    public boolean budgetExceeded() {
        return files.stream().anyMatch(f -> f.budget() != null && f.budget().exceeded());
    }

    /** One line per file on the budget: which figure was compared, or why none could be. */
    public List<String> budgetLines() {
        List<String> out = new ArrayList<>();
        for (SizeReport f : files) {
            if (f.budget() != null) out.add(f.file() + ": " + f.budget().text());
        }
        return out;
    }
}
