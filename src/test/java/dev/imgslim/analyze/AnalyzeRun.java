package dev.imgslim.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgslim.cli.AnalyzeCommand;
import dev.imgslim.cli.UserInputException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code imgslim analyze} in-process with a given environment, as Main would, and captures its streams. */
record AnalyzeRun(int exitCode, String out, String err) {

    static AnalyzeRun run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new AnalyzeCommand(env).spec());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("imgslim: " + ex.getMessage());
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof UserInputException) {
                c.getErr().println(ex.getMessage());
                return 2;
            }
            throw ex;
        });
        int code = cl.execute(args);
        return new AnalyzeRun(code, out.toString(), err.toString());
    }

    JsonNode json() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (Exception e) {
            throw new AssertionError("stdout is not JSON:\n" + out + "\nstderr:\n" + err, e);
        }
    }

    /** The report's entry for a Dockerfile line. */
    JsonNode line(int n) {
        for (JsonNode l : json().path("lines")) if (l.path("line").asInt() == n) return l;
        throw new AssertionError("no line " + n + " in\n" + out + "\nstderr:\n" + err);
    }

    JsonNode finding(int line, String name) {
        for (JsonNode f : line(line).path("findings"))
            if (f.path("name").asText().equals(name)) return f;
        throw new AssertionError("no " + name + " on line " + line + " in\n" + line(line));
    }
}
