package dev.imgslim.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole-file behaviour: exceptions, order, parents, the deciding line, directory coverage. */
class DockerIgnoreMatchTest {

    @Test
    void doubleStarMatchesAnyDepth() {
        DockerIgnore ignore = DockerIgnore.read("**/*.pyc\n**/__pycache__\n");
        assertThat(ignore.isExcluded("c.pyc")).isTrue();
        assertThat(ignore.isExcluded("a/b/c.pyc")).isTrue();
        assertThat(ignore.isExcluded("a/b/c.py")).isFalse();
        assertThat(ignore.isExcluded("__pycache__/x.cpython-311.pyc")).isTrue();
        assertThat(ignore.isExcluded("pkg/__pycache__/mod.txt")).isTrue();
    }

    @Test
    void plainNameMatchesOnlyAtTheTopUnlikeGitignore() {
        DockerIgnore ignore = DockerIgnore.read("node_modules\n");
        assertThat(ignore.isExcluded("node_modules")).isTrue();
        assertThat(ignore.isExcluded("node_modules/react/index.js")).isTrue();
        assertThat(ignore.isExcluded("web/node_modules/react/index.js")).isFalse();
    }

    @Test
    void exceptionReIncludesAFileInsideAnExcludedDirectory() {
        DockerIgnore ignore = DockerIgnore.read("docs\n!docs/README.md\n");
        assertThat(ignore.isExcluded("docs/README.md")).isFalse();
        assertThat(ignore.isExcluded("docs/guide.md")).isTrue();
        assertThat(ignore.isExcluded("docs")).isTrue();
        assertThat(ignore.excludingPattern("docs/guide.md"))
                .get()
                .extracting(IgnorePattern::line)
                .isEqualTo(1);
    }

    @Test
    void exceptionOnADirectoryKeepsEverythingBelowIt() {
        DockerIgnore ignore = DockerIgnore.read("node_modules\n!node_modules/keep\n");
        assertThat(ignore.isExcluded("node_modules/keep/a/b.js")).isFalse();
        assertThat(ignore.isExcluded("node_modules/drop/b.js")).isTrue();
    }

    @Test
    void exceptionBeforeTheExclusionHasNoEffect() {
        DockerIgnore ignore = DockerIgnore.read("!docs/README.md\ndocs\n");
        assertThat(ignore.isExcluded("docs/README.md")).isTrue();
        assertThat(ignore.excludingPattern("docs/README.md"))
                .get()
                .extracting(IgnorePattern::line)
                .isEqualTo(2);
    }

    @Test
    void laterExclusionWinsOverAnEarlierException() {
        DockerIgnore ignore = DockerIgnore.read("*.md\n!README*.md\nREADME-secret.md\n");
        assertThat(ignore.isExcluded("CHANGES.md")).isTrue();
        assertThat(ignore.isExcluded("README.md")).isFalse();
        assertThat(ignore.excludingPattern("README-secret.md"))
                .contains(new IgnorePattern("README-secret.md", false, 3));
    }

    @Test
    void repeatedLineAfterAnExceptionDoesNotReExclude() {
        // BuildKit's walker passes each directory's per-pattern results down. At "node_modules" the
        // third line is skipped (already excluded), so the children never inherit it, and it does
        // not match "node_modules/keep/x" itself. The build gets the file; MatchesOrParentMatches,
        // which re-tests parents, would say it is excluded.
        DockerIgnore ignore = DockerIgnore.read("node_modules\n!node_modules/keep\n**/node_modules\n");
        assertThat(ignore.isExcluded("node_modules/keep/x")).isFalse();
        assertThat(ignore.matcher().matchesOrParentMatches("node_modules/keep/x"))
                .isTrue();
        assertThat(ignore.isExcluded("node_modules/other/x")).isTrue();
        assertThat(ignore.excludingPattern("node_modules/other/x"))
                .get()
                .extracting(IgnorePattern::line)
                .isEqualTo(3);
        assertThat(ignore.isExcluded("web/node_modules/x")).isTrue();

        DockerIgnore git = DockerIgnore.read(".git\n!.git/HEAD\n.git\n");
        assertThat(git.isExcluded(".git/HEAD")).isFalse();
        assertThat(git.isExcluded(".git/config")).isTrue();
    }

    @Test
    void allowListStyle() {
        DockerIgnore ignore = DockerIgnore.read("*\n!src\n!go.mod\n!go.sum\n");
        assertThat(ignore.isExcluded("src/main.go")).isFalse();
        assertThat(ignore.isExcluded("go.mod")).isFalse();
        assertThat(ignore.isExcluded("README.md")).isTrue();
        assertThat(ignore.isExcluded(".git/config")).isTrue();
        assertThat(ignore.excludingPattern(".git/config"))
                .get()
                .extracting(IgnorePattern::line)
                .isEqualTo(1);
    }

    @Test
    void contextRootIsNeverExcluded() {
        DockerIgnore ignore = DockerIgnore.read("*\n**\n");
        assertThat(ignore.isExcluded(".")).isFalse();
        assertThat(ignore.isExcluded("")).isFalse();
        assertThat(ignore.isExcluded("/")).isFalse();
        assertThat(ignore.isExcluded("./")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"./node_modules/x", "/node_modules", "node_modules/", "node_modules//x", "x/../node_modules"})
    void queriedPathsAreCleaned(String path) {
        assertThat(DockerIgnore.read("node_modules\n").isExcluded(path)).isTrue();
    }

    @Test
    void copySourcesAreCheckedAsWrittenLikeBuildKit() {
        // BuildKit's CopyIgnoredFile passes the cleaned source, glob or not, as a path.
        DockerIgnore ignore = DockerIgnore.read("*.txt\n!keep.txt\n*/tmp/*\n");
        assertThat(ignore.isExcluded("*.txt")).isTrue();
        assertThat(ignore.isExcluded("./notes.txt")).isTrue();
        assertThat(ignore.isExcluded("keep.txt")).isFalse(); // BuildKit gives up here; we evaluate the "!"
        assertThat(ignore.isExcluded("src/tmp/x")).isTrue();
        assertThat(ignore.isExcluded("tmp/x")).isFalse();
        assertThat(ignore.isExcluded(".")).isFalse();
    }

    @Test
    void copySourceExclusionIgnoresDirectoriesWithReIncludedContent() {
        // buildah's tests/bud/dockerignore6 file
        DockerIgnore ignore = DockerIgnore.read("# comment\n*\ntest*\n!test2*\nsubdir\n!*/sub1*");
        assertThat(ignore.isExcluded("subdir")).isTrue();
        assertThat(ignore.isExcluded("subdir/sub1.txt")).isFalse();
        assertThat(ignore.isExcluded("subdir/sub2.txt")).isTrue();
        assertThat(ignore.isExcluded("test2.txt")).isFalse();
        assertThat(ignore.copySourceExclusion("subdir")).isEmpty(); // subdir/sub1* is still copied
        assertThat(ignore.copySourceExclusion("subdir/sub2.txt"))
                .get()
                .extracting(IgnorePattern::line)
                .isEqualTo(5);
        // Not knowing whether test1.txt is a directory, "!*/sub1*" might keep test1.txt/sub1 ...
        assertThat(ignore.copySourceExclusion("./test1.txt")).isEmpty();
        // ... knowing it is a file settles it.
        assertThat(ignore.copySourceExclusion("./test1.txt", false))
                .get()
                .extracting(IgnorePattern::text)
                .isEqualTo("test*");
        assertThat(ignore.copySourceExclusion("subdir", true)).isEmpty();
        assertThat(ignore.copySourceExclusion("./")).isEmpty();
        assertThat(ignore.copySourceExclusion(".")).isEmpty();
    }

    @Test
    void commonSizeOffendersCanBeAskedAbout() {
        DockerIgnore ignore = DockerIgnore.read(String.join(
                "\n", ".git", "**/node_modules", ".venv/", "**/__pycache__", "*.env", "target/", "dist", "build/**"));
        assertThat(ignore.excludesEntirely(".git")).isTrue();
        assertThat(ignore.excludesEntirely("node_modules")).isTrue();
        assertThat(ignore.excludesEntirely("web/node_modules")).isTrue();
        assertThat(ignore.excludesEntirely(".venv")).isTrue();
        assertThat(ignore.excludesEntirely("app/__pycache__")).isTrue();
        assertThat(ignore.isExcluded("prod.env")).isTrue();
        assertThat(ignore.isExcluded("config/prod.env")).isFalse();
        assertThat(ignore.excludesEntirely("target")).isTrue();
        assertThat(ignore.excludesEntirely("dist")).isTrue();
        // "build/**" drops everything inside but not the (then empty) directory entry itself
        assertThat(ignore.coverage("build")).isEqualTo(Coverage.PARTIAL);
        // src/node_modules would go: "**/node_modules" reaches into every directory
        assertThat(ignore.coverage("src")).isEqualTo(Coverage.PARTIAL);
        assertThat(DockerIgnore.read(".git\ndist\n").coverage("src")).isEqualTo(Coverage.INCLUDED);
    }

    @ParameterizedTest(name = "{0} -> .git {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                         | INCLUDED",
                "'.git'                     | EXCLUDED",
                "'.git/'                    | EXCLUDED",
                "'**/.git'                  | EXCLUDED",
                "'*'                        | EXCLUDED",
                "'.*'                       | EXCLUDED",
                "'.git\n!.git/HEAD'         | PARTIAL",
                "'.git\n!.git/HEAD\n.git'   | PARTIAL", // see repeatedLineAfterAnExceptionDoesNotReExclude
                "'.git\n!.git'              | INCLUDED",
                "'.git/objects'             | PARTIAL",
                "'.git/*'                   | PARTIAL",
                "'.gitignore'               | INCLUDED",
                "'*.md'                     | INCLUDED",
                "'*\n!src'                  | EXCLUDED",
                "'*\n!.git/config'          | PARTIAL",
                "'**'                       | EXCLUDED",
                "'**/*.pack'                | PARTIAL",
            })
    void gitDirectoryCoverage(String text, Coverage expected) {
        DockerIgnore ignore = DockerIgnore.read(text.replace("\\n", "\n"));
        assertThat(ignore.coverage(".git")).isEqualTo(expected);
        assertThat(ignore.excludesEntirely(".git")).isEqualTo(expected == Coverage.EXCLUDED);
        assertThat(ignore.excludesAnythingUnder(".git")).isEqualTo(expected != Coverage.INCLUDED);
    }

    @Test
    void coverageOfANestedDirectoryUsesItsAncestors() {
        DockerIgnore ignore = DockerIgnore.read("vendor\n!vendor/keep\n");
        assertThat(ignore.coverage("vendor/drop")).isEqualTo(Coverage.EXCLUDED);
        assertThat(ignore.coverage("vendor/keep/sub")).isEqualTo(Coverage.INCLUDED);
        assertThat(ignore.coverage("vendor")).isEqualTo(Coverage.PARTIAL);
    }

    @Test
    void coverageOfTheRoot() {
        assertThat(DockerIgnore.read("").coverage(".")).isEqualTo(Coverage.INCLUDED);
        assertThat(DockerIgnore.read("!x\n").coverage(".")).isEqualTo(Coverage.INCLUDED);
        assertThat(DockerIgnore.read("x\n").coverage(".")).isEqualTo(Coverage.PARTIAL);
    }
}
