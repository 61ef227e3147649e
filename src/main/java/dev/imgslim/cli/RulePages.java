package dev.imgslim.cli;

import dev.imgslim.rules.RuleMeta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads a rule's page ({@code rules/<name>.md}), which ships inside the jar. */
final class RulePages {
    private RulePages() {}

    /** The page's markdown; empty when the jar has no page for the rule (or it cannot be read). */
    static Optional<String> read(RuleMeta meta) {
        try (InputStream in = RulePages.class.getResourceAsStream("/imgslim/rules/" + meta.name() + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
