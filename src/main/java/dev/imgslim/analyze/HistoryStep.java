package dev.imgslim.analyze;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One history entry's {@code created_by} read back into the instruction that made it. Both
 * builders' forms are understood:
 * <ul>
 *   <li>BuildKit: {@code RUN /bin/sh -c apt-get update # buildkit}, {@code RUN |2 A=1 B=2 /bin/sh -c ...},
 *       {@code COPY src /dst # buildkit}, {@code ENV K=v}, {@code WORKDIR /app};</li>
 *   <li>the classic builder: {@code /bin/sh -c apt-get update}, {@code |1 A=1 /bin/sh -c ...},
 *       {@code /bin/sh -c #(nop) COPY file:3f2a... in /dst }, {@code /bin/sh -c #(nop)  ENV K=v}.</li>
 * </ul>
 *
 * @param keyword upper-case instruction, or null when the entry names none we know (then it is not matched)
 * @param body    what follows the keyword: the shell script for RUN, the arguments otherwise
 */
public record HistoryStep(String keyword, String body) {

    static final Set<String> KEYWORDS = Set.of(
            "RUN",
            "COPY",
            "ADD",
            "ENV",
            "LABEL",
            "WORKDIR",
            "USER",
            "EXPOSE",
            "VOLUME",
            "CMD",
            "ENTRYPOINT",
            "HEALTHCHECK",
            "SHELL",
            "STOPSIGNAL",
            "ONBUILD",
            "ARG",
            "MAINTAINER");
    private static final Pattern BUILD_ARGS = Pattern.compile("^\\|\\d+((?:\\s+[^\\s=]+=\\S*)*)\\s+");
    private static final Pattern SHELL_C = Pattern.compile(
            "^(?:/bin/sh|/bin/bash|/usr/bin/env \\S+|\\S*sh)(?:\\s+-o\\s+\\w+|\\s+-[abd-zA-Z]+)*\\s+-c\\s+");
    private static final String NOP = "#(nop)";

    public static HistoryStep parse(String createdBy) {
        String s = createdBy == null ? "" : createdBy.strip();
        if (s.endsWith("# buildkit"))
            s = s.substring(0, s.length() - "# buildkit".length()).strip();
        String first = s.split("\\s+", 2)[0];
        if (KEYWORDS.contains(first)) {
            String rest = s.substring(first.length()).strip();
            if (first.equals("RUN")) rest = script(rest);
            return new HistoryStep(first, rest);
        }
        // the classic builder: every step is a shell command line, metadata steps marked #(nop)
        String cmd = stripBuildArgs(s);
        Matcher shell = SHELL_C.matcher(cmd);
        if (shell.find()) {
            String script = cmd.substring(shell.end());
            if (script.startsWith(NOP)) {
                String meta = script.substring(NOP.length()).strip();
                String kw = meta.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
                if (KEYWORDS.contains(kw))
                    return new HistoryStep(kw, meta.substring(kw.length()).strip());
                return new HistoryStep(null, meta);
            }
            return new HistoryStep("RUN", script.strip());
        }
        if (s.isEmpty()) return new HistoryStep(null, "");
        return new HistoryStep(null, s);
    }

    /** {@code |2 A=1 B=2 /bin/sh -c script} to {@code script}; an exec-form body stays as it is. */
    private static String script(String rest) {
        String cmd = stripBuildArgs(rest);
        Matcher shell = SHELL_C.matcher(cmd);
        return shell.find() ? cmd.substring(shell.end()).strip() : cmd.strip();
    }

    private static String stripBuildArgs(String s) {
        Matcher m = BUILD_ARGS.matcher(s);
        return m.find() ? s.substring(m.end()) : s;
    }

    /** For COPY and ADD: the destination, the last word ({@code ... in /dst} in the classic form). */
    public String destination() {
        String b = body.strip();
        int in = b.lastIndexOf(" in ");
        if (in >= 0
                && (b.startsWith("file:")
                        || b.startsWith("dir:")
                        || b.startsWith("multi:")
                        || (b.contains(":") && in > 0))) {
            return b.substring(in + 4).strip();
        }
        String[] words = b.split("\\s+");
        return words.length == 0 ? "" : words[words.length - 1];
    }
}
