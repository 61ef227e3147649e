package dev.imgslim.rules.buildkit;

import dev.imgslim.build.Expansion;
import dev.imgslim.build.Stage;
import dev.imgslim.syntax.Instruction;

import java.util.ArrayList;
import java.util.List;

/** The port words of EXPOSE after BuildKit's expansion; words with a variable this linter cannot resolve are left out. */
final class ExposePorts {
    private ExposePorts() {}

    record Port(Instruction ins, String raw, String value) {}

    static List<Port> of(Stage s, char esc) {
        List<Port> out = new ArrayList<>();
        for (Instruction ins : s.instructions()) {
            if (!ins.is("EXPOSE")) continue;
            for (String raw : ins.args()) {
                Expansion e = Expansion.expand(raw, s.variablesBefore(ins).asMap(), esc);
                if (!e.complete()) continue;
                for (String v : e.value().trim().split("\\s+")) if (!v.isEmpty()) out.add(new Port(ins, raw, v));
            }
        }
        return out;
    }

    /** {@code [ip:]hostPort:containerPort}, split as BuildKit does: [ip, hostPort, containerPort]. */
    static String[] split(String port) {
        String[] parts = port.split(":", -1);
        switch (parts.length) {
            case 1: return new String[] {"", "", parts[0]};
            case 2: return new String[] {"", parts[0], parts[1]};
            case 3: return new String[] {parts[0], parts[1], parts[2]};
            default: {
                int n = parts.length;
                return new String[] {String.join(":", java.util.Arrays.copyOf(parts, n - 2)), parts[n - 2], parts[n - 1]};
            }
        }
    }
}
