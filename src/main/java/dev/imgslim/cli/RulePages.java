package dev.imgslim.cli;

import dev.imgslim.rules.RuleMeta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads a rule's page ({@code rules/<name>.md}), which ships inside the jar. */
final class RulePages {
    private RulePages() {}

    static String read(RuleMeta meta) {
        try (InputStream in = RulePages.class.getResourceAsStream("/imgslim/rules/" + meta.name() + ".md")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
