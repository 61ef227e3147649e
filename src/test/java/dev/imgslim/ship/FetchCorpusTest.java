package dev.imgslim.ship;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgslim.testsupport.CorpusSources;
import dev.imgslim.testsupport.RealCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/fetch-corpus against real git servers on this machine: one bare repository per public
 * repository of the manifest, holding the shared corpus's files at their upstream paths, served over
 * {@code file://} (git's own transport: partial fetches and sparse checkouts behave as with GitHub).
 * The commits cannot have the upstream ids, so the test hands the script a copy of the manifest with
 * the local ids; everything else is the project's manifest. The script's output must equal
 * ../shared/corpus byte for byte (the two index files after the commit ids are mapped back).
 */
@Tag("shared")
@Tag("slow")
class FetchCorpusTest {

    @TempDir
    Path tmp;

    @Test
    void recreatesTheSharedCorpusByteForByteFromGitRepositories() throws IOException {
        Proc.requireOrSkip(Proc.available("git", "--version"), "git is not installed");
        Path corpus = RealCorpus.root().toAbsolutePath().normalize();
        List<CorpusSources.Row> rows = CorpusSources.read(Proc.basedir());
        Path remotes = tmp.resolve("remotes");
        Map<String, String> env = Map.of(
                "GIT_AUTHOR_NAME",
                "t",
                "GIT_AUTHOR_EMAIL",
                "t@example.invalid",
                "GIT_COMMITTER_NAME",
                "t",
                "GIT_COMMITTER_EMAIL",
                "t@example.invalid",
                "GIT_CONFIG_NOSYSTEM",
                "1");

        // One commit per (repository, upstream commit), on a branch of that repository's bare repo.
        Map<String, List<CorpusSources.Row>> groups = rows.stream()
                .collect(Collectors.groupingBy(
                        r -> r.repo() + " " + r.commit(), LinkedHashMap::new, Collectors.toList()));
        Map<String, String> localCommit = new HashMap<>();
        int branch = 0;
        for (var group : groups.entrySet()) {
            String repo = group.getValue().get(0).repo();
            Path bare = remotes.resolve(repo + ".git");
            if (!Files.isDirectory(bare)) {
                Files.createDirectories(bare);
                git(bare, env, "init", "-q", "--bare");
                git(bare, env, "config", "uploadpack.allowFilter", "true");
                git(bare, env, "config", "uploadpack.allowAnySHA1InWant", "true");
            }
            Path list = tmp.resolve("paths.txt");
            Files.write(
                    list,
                    group.getValue().stream()
                            .map(r -> r.sharedFile(corpus).toString())
                            .toList());
            String[] blobs = git(bare, env, "hash-object", "-w", "--no-filters", "--stdin-paths", "<" + list)
                    .split("\n");
            StringBuilder index = new StringBuilder();
            for (int i = 0; i < blobs.length; i++) {
                index.append("100644 ")
                        .append(blobs[i].strip())
                        .append('\t')
                        .append(group.getValue().get(i).path())
                        .append('\n');
            }
            Path indexInfo = Files.writeString(tmp.resolve("index-info.txt"), index);
            Map<String, String> withIndex = new HashMap<>(env);
            withIndex.put("GIT_INDEX_FILE", tmp.resolve("index" + branch).toString());
            git(bare, withIndex, "update-index", "--add", "--index-info", "<" + indexInfo);
            String tree = git(bare, withIndex, "write-tree").strip();
            String commit = git(bare, env, "commit-tree", "-m", "corpus files of " + group.getKey(), tree)
                    .strip();
            git(bare, env, "update-ref", "refs/heads/b" + branch++, commit);
            localCommit.put(group.getKey(), commit);
        }

        Path manifest = tmp.resolve("sources.tsv");
        List<String> lines = new ArrayList<>();
        for (CorpusSources.Row r : rows)
            lines.add(r.withCommit(localCommit.get(r.repo() + " " + r.commit())).toTsv());
        Files.write(manifest, lines);

        Path out = tmp.resolve("corpus");
        Proc run = Proc.run(
                Proc.basedir(),
                env,
                Duration.ofMinutes(10),
                "scripts/fetch-corpus",
                "--source",
                "file://" + remotes,
                "--manifest",
                manifest.toString(),
                out.toString());
        long repositories;
        try (var listing = Files.list(remotes)) {
            repositories = listing.count();
        }
        System.out.printf(
                "[fetch-corpus] %d files from %d local repositories (%d commits) in %ds: %s%n",
                rows.size(),
                repositories,
                groups.size(),
                run.took().toSeconds(),
                run.output().strip());
        run.expect(0);

        // Every file of the shared corpus (its two README.md are prose, not sources), no more, no less.
        SortedSet<String> expected = files(corpus, "real", "buildkit-parser");
        expected.removeIf(f -> f.endsWith("README.md"));
        assertThat(files(out, "real", "buildkit-parser")).isEqualTo(expected);
        Map<String, String> back = new HashMap<>();
        localCommit.forEach((k, v) -> back.put(v, k.substring(k.indexOf(' ') + 1)));
        int identical = 0;
        for (String f : expected) {
            byte[] want = Files.readAllBytes(corpus.resolve(f));
            byte[] got = Files.readAllBytes(out.resolve(f));
            if (f.endsWith("MANIFEST.tsv") || f.endsWith("INDEX.tsv")) {
                String mapped = new String(got, StandardCharsets.UTF_8);
                for (var e : back.entrySet()) mapped = mapped.replace(e.getKey(), e.getValue());
                got = mapped.getBytes(StandardCharsets.UTF_8);
            }
            assertThat(got).as(f).isEqualTo(want);
            identical++;
        }
        System.out.printf("[fetch-corpus] %d files identical to ../shared/corpus%n", identical);

        // A second run fetches nothing: every file is there with its blob id.
        Proc again = Proc.run(
                        Proc.basedir(),
                        env,
                        Duration.ofMinutes(5),
                        "scripts/fetch-corpus",
                        "--source",
                        "file://" + remotes,
                        "--manifest",
                        manifest.toString(),
                        out.toString())
                .expect(0);
        assertThat(again.output()).contains("(0 fetched, " + rows.size() + " already there, 0 failed)");
    }

    @Test
    void aMissingRepositoryFailsWithItsName() throws IOException {
        Proc.requireOrSkip(Proc.available("git", "--version"), "git is not installed");
        CorpusSources.Row row = CorpusSources.read(Proc.basedir()).get(0);
        Path manifest = Files.writeString(tmp.resolve("one.tsv"), row.toTsv() + "\n");
        Proc run = Proc.run(
                Proc.basedir(),
                Map.of(),
                Duration.ofMinutes(2),
                "scripts/fetch-corpus",
                "--source",
                "file://" + tmp.resolve("nowhere"),
                "--manifest",
                manifest.toString(),
                tmp.resolve("out").toString());
        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output())
                .contains("cannot fetch " + row.repo() + " at " + row.commit())
                .contains("1 failed");
    }

    /** Runs git in {@code dir}; an argument "<FILE" is its standard input. Its stdout. */
    private static String git(Path dir, Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git"));
        String stdin = null;
        for (String a : args) {
            if (a.startsWith("<")) stdin = a.substring(1);
            else cmd.add(a);
        }
        if (stdin != null)
            cmd = List.of(
                    "sh",
                    "-c",
                    String.join(" ", cmd.stream().map(FetchCorpusTest::quote).toList()) + " <" + quote(stdin));
        return Proc.run(dir, env, Duration.ofMinutes(2), cmd).expect(0).output();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static SortedSet<String> files(Path root, String... sets) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        for (String set : sets) {
            try (Stream<Path> s = Files.walk(root.resolve(set))) {
                s.filter(Files::isRegularFile)
                        .forEach(p -> out.add(root.relativize(p).toString()));
            }
        }
        return out;
    }
}
