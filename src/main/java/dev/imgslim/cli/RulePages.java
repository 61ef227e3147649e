package dev.imgslim.cli;

import dev.imgslim.catalog.BundledFiles;
import dev.imgslim.rules.RuleMeta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads a rule's page ({@code rules/<name>.md}), which ships inside the jar. */
final class RulePages {
    private RulePages() {}

    /**
     * {@link #read} as a report's rule help: a class, not the method reference {@code RulePages::read}, which
     * every lint would link on its first run (~0.1 ms on JDK 17; see LintContext.sharedOrNull).
     */
    static final java.util.function.Function<RuleMeta, Optional<String>> HELP = new Help();

    private static final class Help implements java.util.function.Function<RuleMeta, Optional<String>> {
        @Override
        public Optional<String> apply(RuleMeta meta) {
            return read(meta);
        }
    }

    /** The page's markdown; empty when the jar has no page for the rule (or it cannot be read). */
    static Optional<String> read(RuleMeta meta) {
        try {
            // as the catalog and the rule table: straight from the jar, not through the class loader
            byte[] page = BundledFiles.read("imgslim/rules/" + meta.name() + ".md");
            return page == null ? Optional.empty() : Optional.of(new String(page, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
