package dev.imgslim.syntax;

import dev.imgslim.shell.GoQuote;
import java.util.Locale;

/**
 * Prints a parsed Dockerfile in the format of BuildKit's {@code AST.Dump()} followed by one newline,
 * byte for byte what BuildKit's parser test {@code result} files hold.
 */
public final class BuildKitDump {
    private BuildKitDump() {}

    public static String dump(Dockerfile file) {
        StringBuilder out = new StringBuilder();
        for (Instruction ins : file.instructions()) {
            out.append('(').append(node(ins)).append(")\n");
        }
        return out.toString().strip() + "\n";
    }

    private static String node(Instruction ins) {
        StringBuilder s = new StringBuilder(ins.keyword().toLowerCase(Locale.ROOT));
        if (!ins.flags().isEmpty()) {
            s.append(' ')
                    .append(GoQuote.quoteList(
                            ins.flags().stream().map(Flag::text).toList()));
        }
        if (ins.subInstruction() != null) {
            s.append(" (").append(node(ins.subInstruction())).append(')');
        } else {
            for (String arg : ins.args()) s.append(' ').append(GoQuote.quote(arg));
        }
        return goTrimSpace(s.toString());
    }

    private static String goTrimSpace(String s) {
        int start = GoText.skipSpace(s, 0);
        int end = GoText.trimEnd(s, s.length());
        return start < end ? s.substring(start, end) : "";
    }
}
