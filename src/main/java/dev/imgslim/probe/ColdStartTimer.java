package dev.imgslim.probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Times {@code sh -c CMD} in fresh containers (network none) of one image, N times in a row.
 * Each run gets a new container so every run pays the container set-up a user pays at
 * {@code docker run}; each container is removed right after its run.
 */
record ColdStartTimer(DockerDaemon daemon, ContainerJanitor janitor, Duration perRunLimit) {

    ColdStart time(String image, String command, int runs) throws ProbeFault {
        List<Double> ms = new ArrayList<>(runs);
        int exit = 0;
        for (int i = 0; i < runs; i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ProbeFault(ProbeFault.Kind.INTERRUPTED, "cold-start runs were interrupted");
            }
            DockerDaemon.ContainerRun run = daemon.runShell(image, command, perRunLimit, janitor, false);
            ms.add(run.startToExitNanos() / 1e6);
            exit = run.exitCode();
        }
        return new ColdStart(ms, exit);
    }
}
