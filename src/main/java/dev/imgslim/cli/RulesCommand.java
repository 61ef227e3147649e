package dev.imgslim.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.imgslim.rules.BuiltinRules;
import dev.imgslim.rules.Rule;
import dev.imgslim.rules.RuleMeta;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code imgslim rules}: lists every rule. */
final class RulesCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    private final Declare command = Declare.command(
            this,
            "rules",
            "List every rule: code, name, severity, category, summary, aliases, and whether it is off by default.");
    private final Opt<Format> format = command.defaulted(
            Format.class, "text", "<format>", "text or json (default: ${DEFAULT-VALUE})", "-f", "--format");
    private final CommandSpec spec = command.spec;

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (format.get() == Format.json) {
            try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.useDefaultPrettyPrinter();
                g.writeStartArray();
                for (Rule r : BuiltinRules.all()) {
                    RuleMeta m = r.meta();
                    g.writeStartObject();
                    g.writeStringField("code", m.code());
                    g.writeStringField("name", m.name());
                    g.writeStringField("severity", m.severity().label());
                    g.writeStringField("category", m.category().name().toLowerCase(java.util.Locale.ROOT));
                    g.writeStringField("summary", m.summary());
                    g.writeArrayFieldStart("aliases");
                    for (String a : m.aliases()) g.writeString(a);
                    g.writeEndArray();
                    // The kind of fix `imgslim fix` applies: "safe", "unsafe" (needs --unsafe), or null.
                    if (m.fix() == null) g.writeNullField("fixable");
                    else g.writeStringField("fixable", m.fix().label());
                    // Off by default: runs only with `enable:` in .imgslim.yaml or `lint --enable`.
                    g.writeBooleanField("enabledByDefault", !m.offByDefault());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            out.println();
        } else {
            for (Rule r : BuiltinRules.all()) {
                RuleMeta m = r.meta();
                out.printf(
                        "%-6s %-34s %-8s %s%s%n",
                        m.code(),
                        m.name(),
                        m.severity().label(),
                        m.summary(),
                        (m.aliases().isEmpty() ? "" : " (" + String.join(", ", m.aliases()) + ")")
                                + (m.offByDefault() ? " [off by default: --enable " + m.name() + "]" : ""));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
