package dev.imgslim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and captures what it prints. */
record Cli(int exitCode, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /**
     * With {@code env} as the process environment (--build-arg KEY, DOCKER_HOST), plus the test JVM's
     * XDG_CACHE_HOME where {@code env} names none, so a lint with ShellCheck keeps its cache under target/.
     */
    static Cli runWithEnv(java.util.Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(withTestCache(env), new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** {@code env}, with the test JVM's XDG_CACHE_HOME (set by the build) where it has no cache folder of its own. */
    static java.util.Map<String, String> withTestCache(java.util.Map<String, String> env) {
        String cache = System.getenv("XDG_CACHE_HOME");
        if (cache == null || env.containsKey("XDG_CACHE_HOME") || env.containsKey("HOME")) return env;
        java.util.Map<String, String> with = new java.util.HashMap<>(env);
        with.put("XDG_CACHE_HOME", cache);
        return with;
    }
}
