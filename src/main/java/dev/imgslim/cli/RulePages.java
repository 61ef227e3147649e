package dev.imgslim.cli;

import dev.imgslim.catalog.BundledFiles;
import dev.imgslim.rules.RuleMeta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads a rule's page ({@code rules/<name>.md}), which ships inside the jar. */
final class RulePages {
    private RulePages() {}

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
