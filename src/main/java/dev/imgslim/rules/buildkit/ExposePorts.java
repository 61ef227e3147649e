package dev.imgslim.rules.buildkit;

import dev.imgslim.build.Expansion;
import dev.imgslim.rules.Node;
import dev.imgslim.syntax.Expose;
import dev.imgslim.syntax.Word;
import java.util.ArrayList;
import java.util.List;

/** The port words of EXPOSE after BuildKit's expansion; words with a variable this linter cannot resolve are left out. */
final class ExposePorts {
    /** Compiled once, not on every call (String.matches, replaceFirst and split compile their pattern each time). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private ExposePorts() {}

    /** One port after expansion, with the word it was written in. */
    record Port(Word word, String value) {}

    static List<Port> of(Node<Expose> node) {
        List<Port> out = new ArrayList<>();
        char esc = node.context().file().escape();
        for (Word raw : node.value().ports()) {
            Expansion e = Expansion.expand(raw.text(), node.variables().asMap(), esc);
            if (!e.complete()) continue;
            for (String v : SPACES.split(e.value().trim())) if (!v.isEmpty()) out.add(new Port(raw, v));
        }
        return out;
    }

    /** {@code [ip:]hostPort:containerPort}, split as BuildKit does: [ip, hostPort, containerPort]. */
    static String[] split(String port) {
        String[] parts = port.split(":", -1);
        switch (parts.length) {
            case 1:
                return new String[] {"", "", parts[0]};
            case 2:
                return new String[] {"", parts[0], parts[1]};
            case 3:
                return new String[] {parts[0], parts[1], parts[2]};
            default: {
                int n = parts.length;
                return new String[] {String.join(":", java.util.Arrays.copyOf(parts, n - 2)), parts[n - 2], parts[n - 1]
                };
            }
        }
    }
}
