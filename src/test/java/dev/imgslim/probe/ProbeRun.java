package dev.imgslim.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgslim.cli.ProbeCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code imgslim probe} in-process, as picocli would from main, and captures its streams. */
record ProbeRun(int exitCode, String out, String err) {

    static ProbeRun run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ProbeCommand(env).spec());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new ProbeRun(code, out.toString(), err.toString());
    }

    JsonNode json() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (Exception e) {
            throw new AssertionError("stdout is not JSON:\n" + out + "\nstderr:\n" + err, e);
        }
    }

    /** The image object for one candidate (or the base) by the reference given. */
    JsonNode image(String reference) {
        JsonNode root = json();
        if (root.path("base").path("image").asText().equals(reference)) return root.get("base");
        for (JsonNode c : root.path("candidates")) if (c.path("image").asText().equals(reference)) return c;
        throw new AssertionError("no " + reference + " in\n" + out);
    }
}
