package dev.imgslim.fuzz;

import dev.imgslim.testsupport.RealCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.opentest4j.TestAbortedException;

/**
 * Starting inputs for fuzzing: the project's samples and, where it is present, the shared corpus of real
 * Dockerfiles and their .dockerignore files. Jazzer takes its seeds from the fuzz test's inputs folder
 * and from its generated corpus ({@code .cifuzz-corpus/<class>/<method>}); when fuzzing, {@link #plant}
 * copies these into the latter, so a run starts from real files instead of from nothing.
 */
final class Seeds {
    private Seeds() {}

    static boolean fuzzing() {
        String v = System.getenv("JAZZER_FUZZ");
        return v != null && !v.isEmpty() && !v.equals("0");
    }

    static void plant(Class<?> fuzzTest, String method, List<byte[]> seeds) throws IOException {
        if (!fuzzing()) return;
        Path dir = Path.of(".cifuzz-corpus", fuzzTest.getName(), method);
        Files.createDirectories(dir);
        for (int i = 0; i < seeds.size(); i++) {
            Path f = dir.resolve("seed-" + i);
            if (!Files.exists(f)) Files.write(f, seeds.get(i));
        }
    }

    static List<byte[]> parse() throws IOException {
        return dockerfiles();
    }

    /** The samples only: linting the whole corpus under instrumentation would take the run's whole time. */
    static List<byte[]> lint() throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (Path p : files(Path.of("samples"), "Dockerfile")) out.add(Files.readAllBytes(p));
        return out;
    }

    /** The samples that make a rule fire ({@code bad.Dockerfile}): one input per rule's code paths. */
    static List<byte[]> lintFiring() throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (Path p : files(Path.of("samples"), "bad.Dockerfile")) out.add(Files.readAllBytes(p));
        return out;
    }

    /** Lines of RUN, ENV, ARG, COPY ... as words; the five trailing bytes are the modes the target reads (from the end). */
    static List<byte[]> shellWord() throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (byte[] df : dockerfiles()) {
            for (String line : new String(df, StandardCharsets.UTF_8).split("\n")) {
                if (!line.matches("(?i)\\s*(RUN|ENV|ARG|COPY|FROM|WORKDIR|LABEL)\\s.*")) continue;
                byte[] text = line.substring(line.indexOf(' ') + 1).getBytes(StandardCharsets.UTF_8);
                byte[] in = new byte[text.length + 5];
                System.arraycopy(text, 0, in, 0, text.length);
                out.add(in);
                if (out.size() >= 500) return out;
            }
        }
        return out;
    }

    static List<byte[]> dockerignore() throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (Path p : files(Path.of("samples"), ".dockerignore")) out.add(Files.readAllBytes(p));
        for (Path p : corpus(".dockerignore")) out.add(Files.readAllBytes(p));
        return out;
    }

    static List<byte[]> config() throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (Path p : files(Path.of("samples"), ".imgslim.yaml")) out.add(Files.readAllBytes(p));
        return out;
    }

    private static List<byte[]> dockerfiles() throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (Path p : files(Path.of("samples"), "Dockerfile")) out.add(Files.readAllBytes(p));
        for (Path p : corpus(null)) out.add(Files.readAllBytes(p));
        return out;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    /** Corpus files (Dockerfiles, or those ending in {@code suffix}); none where the shared corpus is absent. */
    private static List<Path> corpus(String suffix) throws IOException {
        try {
            if (suffix == null) return RealCorpus.dockerfiles();
            return files(RealCorpus.real(), suffix);
        } catch (TestAbortedException | java.nio.file.NoSuchFileException absent) {
            return List.of();
        }
    }
}
