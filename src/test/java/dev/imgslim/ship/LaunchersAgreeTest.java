package dev.imgslim.ship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * imgslim is started by five launchers: bin/imgslim (a checkout), scripts/imgslim-lint (pre-commit's
 * script hook, with a jar of the user's), the release bundle's launcher (written by
 * scripts/make-bundle), the image's entrypoint and pre-commit's Docker hook (which replaces that
 * entrypoint). Each used to carry its own copy of the JVM flags, and three of them had drifted: no
 * class-data archive and the JIT's default compiler threads in the hook and the bundle, which made a
 * one-file lint there cost about twice the CPU. The flags bin/imgslim chooses (measured; see README
 * "Speed") are the reference: every other launcher passes each of them, and the ones that can have a
 * class-data archive name one.
 */
class LaunchersAgreeTest {

    static final Pattern OPTS = Pattern.compile("(?m)^opts=\\(([^)]*)\\)");

    static List<String> referenceFlags() throws IOException {
        String launcher = Files.readString(Proc.basedir().resolve("bin/imgslim"));
        Matcher m = OPTS.matcher(launcher);
        assertThat(m.find())
                .as("bin/imgslim declares its JVM flags as opts=(...)")
                .isTrue();
        List<String> flags = List.of(m.group(1).trim().split("\\s+"));
        assertThat(flags).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        return flags;
    }

    static String read(String path) throws IOException {
        return Files.readString(Proc.basedir().resolve(path));
    }

    /** The Dockerfile's ENTRYPOINT as its words (exec form: a JSON list over continued lines). */
    static String entrypoint() throws IOException {
        Matcher m = Pattern.compile("(?s)\\nENTRYPOINT \\[(.*?)]").matcher(read("Dockerfile"));
        assertThat(m.find()).as("the Dockerfile has an exec-form ENTRYPOINT").isTrue();
        return m.group(1).replace("\\\n", " ").replaceAll("[\",]", " ");
    }

    /** The line of .pre-commit-hooks.yaml that runs java in the image built from this repository. */
    static String dockerHookEntry() throws IOException {
        return read(".pre-commit-hooks.yaml")
                .lines()
                .filter(l -> l.trim().startsWith("entry: /opt/java/bin/java"))
                .findFirst()
                .orElseThrow();
    }

    /** The bundle launcher's flag list, as scripts/make-bundle writes it. */
    static String bundleFlags() throws IOException {
        Matcher m = Pattern.compile("(?m)^flags=\"([^\"]*)\"").matcher(read("scripts/make-bundle"));
        assertThat(m.find()).as("make-bundle's launcher declares flags=\"...\"").isTrue();
        return m.group(1);
    }

    /** The java command of scripts/imgslim-lint for a jar of the user's (IMGSLIM_JAR). */
    static String lintScriptJava() throws IOException {
        Matcher m = Pattern.compile("(?s)\\nexec java (.*?)-jar").matcher(read("scripts/imgslim-lint"));
        assertThat(m.find())
                .as("scripts/imgslim-lint runs java itself for IMGSLIM_JAR")
                .isTrue();
        return m.group(1).replace("\\\n", " ");
    }

    @Test
    void everyLauncherPassesTheFlagsOfBinImgslim() throws IOException {
        List<String> flags = referenceFlags();
        assertThat(words(entrypoint())).as("Dockerfile ENTRYPOINT").containsAll(flags);
        assertThat(words(dockerHookEntry()))
                .as(".pre-commit-hooks.yaml docker entry")
                .containsAll(flags);
        assertThat(words(bundleFlags())).as("make-bundle launcher").containsAll(flags);
        assertThat(words(lintScriptJava()))
                .as("scripts/imgslim-lint with IMGSLIM_JAR")
                .containsAll(flags);
    }

    @Test
    void theImageAndItsHookUseTheImagesClassDataArchive() throws IOException {
        String archive = "-XX:SharedArchiveFile=/opt/imgslim/imgslim.jsa";
        assertThat(read("Dockerfile")).contains("-XX:SharedArchiveFile=/opt/imgslim/imgslim.jsa ");
        assertThat(words(entrypoint())).contains(archive);
        assertThat(words(dockerHookEntry())).contains(archive);
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
