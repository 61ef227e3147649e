package dev.imgslim.ship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * imgslim is started by five launchers: bin/imgslim (a checkout), scripts/imgslim-lint (pre-commit's
 * script hook, with a jar of the user's), the release bundle's launcher (written by
 * scripts/make-bundle), the image's entrypoint and pre-commit's Docker hook (which replaces that
 * entrypoint). Each used to carry its own copy of the JVM flags, and three of them had drifted: no
 * class-data archive and the JIT's default compiler threads in the hook and the bundle, which made a
 * one-file lint there cost about twice the CPU. Now the flags live in one java argument file,
 * bin/jvm.options (measured; see README "Speed"): every launcher passes it, names no JVM flag of its own
 * but its class-data archive, and the ones that can have an archive name one.
 */
class LaunchersAgreeTest {

    static final String OPTIONS = "bin/jvm.options";

    static String read(String path) throws IOException {
        return Files.readString(Proc.basedir().resolve(path));
    }

    /** The Dockerfile's ENTRYPOINT as its words (exec form: a JSON list over continued lines). */
    static List<String> entrypoint() throws IOException {
        Matcher m = Pattern.compile("(?s)\\nENTRYPOINT \\[(.*?)]").matcher(read("Dockerfile"));
        assertThat(m.find()).as("the Dockerfile has an exec-form ENTRYPOINT").isTrue();
        return words(m.group(1).replace("\\\n", " ").replaceAll("[\",]", " "));
    }

    /** The line of .pre-commit-hooks.yaml that runs java in the image built from this repository. */
    static List<String> dockerHookEntry() throws IOException {
        String entry = read(".pre-commit-hooks.yaml")
                .lines()
                .filter(l -> l.trim().startsWith("entry: /opt/java/bin/java"))
                .findFirst()
                .orElseThrow();
        return words(entry.substring(entry.indexOf("entry:") + "entry:".length()));
    }

    /** The java commands of the bundle's launcher, as scripts/make-bundle writes it. */
    static List<String> bundleJavaCommands() throws IOException {
        return javaCommands(read("scripts/make-bundle"), "exec \"$java\" ");
    }

    /** The java command of scripts/imgslim-lint for a jar of the user's (IMGSLIM_JAR). */
    static List<String> lintScriptJavaCommands() throws IOException {
        return javaCommands(read("scripts/imgslim-lint"), "exec java ");
    }

    /** Every line of a script that starts with {@code start}, from there on. */
    static List<String> javaCommands(String script, String start) {
        List<String> commands = script.lines()
                .map(String::trim)
                .filter(l -> l.startsWith(start))
                .collect(Collectors.toList());
        assertThat(commands).as("java commands starting with " + start).isNotEmpty();
        return commands;
    }

    @Test
    void theOptionsFileHoldsTheFlagsAndThisJavaTakesIt() throws IOException {
        List<String> flags = read(OPTIONS)
                .lines()
                .map(l -> l.replaceAll("#.*", "").trim())
                .filter(l -> !l.isEmpty())
                .collect(Collectors.toList());
        assertThat(flags).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:CICompilerCount=1");
        // A typo in the file would stop every launcher: the java running these tests must take it.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Proc p = Proc.run(Proc.basedir(), Map.of(), Duration.ofSeconds(60), java, "@" + OPTIONS, "-version");
        assertThat(p.exitCode()).as(p.output()).isZero();
        assertThat(p.output()).doesNotContain("Unrecognized", "Error");
    }

    @Test
    void everyLauncherPassesTheOptionsFileAndNoFlagOfItsOwn() throws IOException {
        assertThat(read("bin/imgslim")).contains("opts=(\"@$here/bin/jvm.options\")");
        assertThat(entrypoint()).as("Dockerfile ENTRYPOINT").contains("@/opt/imgslim/jvm.options");
        assertThat(read("Dockerfile")).contains("cp bin/jvm.options /opt/imgslim/jvm.options");
        assertThat(read(".dockerignore")).as("the image's build context").contains("!bin/jvm.options");
        assertThat(dockerHookEntry()).as(".pre-commit-hooks.yaml docker entry").contains("@/opt/imgslim/jvm.options");
        assertThat(read("scripts/make-bundle"))
                .contains("cp \"$here/bin/jvm.options\" \"$root/lib/jvm.options\"")
                .contains("flags=\"$home/lib/jvm.options\"");
        for (String c : bundleJavaCommands())
            assertThat(c).as("make-bundle launcher").contains("\"@$flags\"");
        for (String c : lintScriptJavaCommands())
            assertThat(c).as("scripts/imgslim-lint with IMGSLIM_JAR").contains("\"@$here/bin/jvm.options\"");
        assertThat(read("pom.xml")).contains("<argument>@${project.basedir}/bin/jvm.options</argument>");

        List<String> own = new java.util.ArrayList<>();
        own.addAll(entrypoint());
        own.addAll(dockerHookEntry());
        for (String c : bundleJavaCommands()) own.addAll(words(c));
        for (String c : lintScriptJavaCommands()) own.addAll(words(c));
        assertThat(own)
                .as("JVM flags outside bin/jvm.options, but the class-data archive")
                .filteredOn(w -> w.startsWith("-XX:") || w.startsWith("-D") || w.startsWith("-Xlog"))
                .allMatch(w -> w.startsWith("-XX:SharedArchiveFile="));
    }

    @Test
    void theImageAndItsHookUseTheImagesClassDataArchive() throws IOException {
        String archive = "-XX:SharedArchiveFile=/opt/imgslim/imgslim.jsa";
        assertThat(read("Dockerfile")).contains("-XX:SharedArchiveFile=/opt/imgslim/imgslim.jsa ");
        assertThat(entrypoint()).contains(archive);
        assertThat(dockerHookEntry()).contains(archive);
    }

    @Test
    void theScriptHookRunsThroughBinImgslimAndTheBundleMakesAnArchive() throws IOException {
        assertThat(read("scripts/imgslim-lint")).contains("exec \"$here/bin/imgslim\" lint \"$@\"");
        String bundle = read("scripts/make-bundle");
        assertThat(bundle).contains("--generate-cds-archive").contains("-XX:SharedArchiveFile=\"$archive\"");
    }

    static List<String> words(String s) {
        return List.of(s.trim().split("\\s+"));
    }
}
