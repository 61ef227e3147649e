package dev.imgslim.cli;

import dev.imgslim.build.BuildModel;
import dev.imgslim.catalog.Catalog;
import dev.imgslim.probe.ProbeJsonWriter;
import dev.imgslim.probe.ProbePlanner;
import dev.imgslim.probe.ProbeReport;
import dev.imgslim.probe.ProbeRequest;
import dev.imgslim.probe.ProbeTableWriter;
import dev.imgslim.probe.Prober;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Probes the bases of a Dockerfile's shipped stages against the catalog's slimmer variants and
 * prints each report as it is measured. {@code probe DOCKERFILE} and {@code lint --probe} both
 * run this; it calls the probe service ({@link ProbePlanner}, {@link Prober}) directly.
 *
 * @param request the request for one stage: its base, its candidates and the commands its RUN lines need
 */
record DockerfileProbing(
        Map<String, String> env,
        PrintStream progress,
        boolean json,
        PrintWriter out,
        PrintWriter err,
        BiFunction<ProbePlanner.Target, List<String>, ProbeRequest> request) {

    /**
     * Probes the base of each shipped stage and its slimmer candidates, and prints each report.
     *
     * @return 0 when everything was measured (or nothing can be probed), 3 when something could not be
     */
    int probe(String path, BuildModel model, Catalog catalog, List<String> extraCandidates) {
        List<ProbePlanner.Target> plan = ProbePlanner.plan(model, catalog, extraCandidates);
        if (plan.isEmpty()) {
            err.println("imgslim probe: " + path + ": no shipped stage starts from an image that can be probed"
                    + " (FROM scratch, or the FROM line could not be resolved)");
            err.flush();
            return ExitCodes.OK;
        }
        int code = ExitCodes.OK;
        for (ProbePlanner.Target t : plan) {
            if (!json) {
                out.println(path + ": stage " + t.stage().label() + " (line "
                        + t.stage().from().line() + "), base " + t.base()
                        + (t.candidates().isEmpty() ? ": no slimmer variant in the catalog" : ""));
                out.flush();
            }
            ProbeReport report = new Prober(request.apply(t, t.needs()), env, progress).run();
            if (json) new ProbeJsonWriter().write(report, out);
            else new ProbeTableWriter().write(report, out);
            out.flush();
            for (String error : report.errors()) err.println("imgslim probe: " + error);
            err.flush();
            code = Math.max(code, report.exitCode() == ExitCodes.OK ? ExitCodes.OK : ExitCodes.PROBE_FAILED);
        }
        return code;
    }
}
