package dev.imgslim.probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a candidate has the commands the Dockerfile needs ({@code apt-get}, {@code pip},
 * {@code gcc}, {@code bash}...): one container runs {@code command -v} for each and prints the
 * ones it cannot find. A slimmer base that lacks {@code apt-get} is not a drop-in replacement,
 * and the report says so instead of hiding it.
 */
record FitnessCheck(DockerDaemon daemon, ContainerJanitor janitor, Duration limit) {
    /** Command names go into a shell script, so only plain names are accepted. */
    static final Pattern COMMAND_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

    static String script(List<String> commands) {
        StringBuilder s = new StringBuilder("for c in");
        for (String c : commands) {
            if (!COMMAND_NAME.matcher(c).matches())
                throw new IllegalArgumentException("invalid command name '" + c + "'");
            s.append(' ').append(c);
        }
        return s.append("; do command -v \"$c\" >/dev/null 2>&1 || echo \"$c\"; done")
                .toString();
    }

    /** The needed commands this image lacks, in the order asked; everything (and sh) when the image has no shell. */
    List<String> lacks(String image, List<String> needed) throws ProbeFault {
        if (needed.isEmpty()) return List.of();
        DockerDaemon.ContainerRun run;
        try {
            run = daemon.runShell(image, script(needed), limit, janitor, true);
        } catch (ProbeFault e) {
            String m = e.getMessage().toLowerCase(Locale.ROOT);
            if (e.kind() == ProbeFault.Kind.CONTAINER_FAILED
                    && (m.contains("executable file not found") || m.contains("no such file or directory"))) {
                // no shell at all (distroless, scratch): it lacks sh and cannot provide the rest
                Set<String> all = new LinkedHashSet<>();
                all.add("sh");
                all.addAll(needed);
                return List.copyOf(all);
            }
            throw e;
        }
        List<String> lacking = new ArrayList<>();
        for (String line : run.stdout().split("\\R")) {
            String c = line.trim();
            if (!c.isEmpty() && needed.contains(c)) lacking.add(c);
        }
        return List.copyOf(lacking);
    }
}
