package dev.imgslim.ignore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed .dockerignore with Docker's (BuildKit's) semantics: which context paths it leaves out of
 * the build context, and which line is responsible.
 *
 * <p>Paths given to the query methods are context-relative and may be written loosely
 * ({@code ./src/}, {@code /src}, {@code src//a}); they are cleaned like Docker cleans patterns. The
 * context root itself ({@code .}) is never excluded.
 *
 * <p>Answers follow what BuildKit's file walker actually sends (see {@link PatternMatcher} for the
 * one corner where that differs from patternmatcher's {@code MatchesOrParentMatches}).
 *
 * <p>For the COPY/ADD check (BuildKit's CopyIgnoredFile) use {@link #copySourceExclusion(String)}.
 *
 * <p>Lines Docker would reject are listed in {@link #problems()} (Docker refuses to build at all);
 * the remaining patterns still match, so a linter can say more than "broken file".
 */
public final class DockerIgnore {

    private final PatternMatcher matcher;
    private final List<IgnoreProblem> problems;

    private DockerIgnore(PatternMatcher matcher, List<IgnoreProblem> problems) {
        this.matcher = matcher;
        this.problems = List.copyOf(problems);
    }

    /** Parses .dockerignore text. Never throws: bad lines become {@link #problems()}. */
    public static DockerIgnore read(String text) {
        List<IgnoreProblem> problems = new ArrayList<>();
        List<PatternMatcher.Entry> entries = new ArrayList<>();
        for (IgnoreFileReader.Line line : IgnoreFileReader.read(text, problems)) {
            try {
                entries.add(entry(line));
            } catch (BadPatternException e) {
                problems.add(new IgnoreProblem(line.number(), line.pattern(), e.getMessage()));
            }
        }
        return new DockerIgnore(new PatternMatcher(entries), problems);
    }

    /** Reads a file as UTF-8 (malformed bytes become U+FFFD) and parses it. */
    public static DockerIgnore load(Path file) throws IOException {
        return read(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }

    /**
     * The ignore file BuildKit uses for {@code dockerfile} built with context {@code contextDir}:
     * {@code <Dockerfile name>.dockerignore} beside the Dockerfile (e.g. {@code app.Dockerfile.dockerignore})
     * wins over {@code .dockerignore} at the context root.
     */
    public static Optional<Path> locate(Path dockerfile, Path contextDir) {
        Optional<Path> specific = specificIgnoreFile(dockerfile);
        if (specific.isPresent()) return specific;
        Path shared = contextDir.resolve(".dockerignore");
        return Files.isRegularFile(shared) ? Optional.of(shared) : Optional.empty();
    }

    /**
     * {@code <Dockerfile name>.dockerignore} beside {@code dockerfile} when it is a regular file: the ignore
     * file that wins over the context's {@code .dockerignore} (which a caller linting many Dockerfiles of one
     * folder may look up once).
     */
    public static Optional<Path> specificIgnoreFile(Path dockerfile) {
        Path fileName = dockerfile.getFileName();
        if (fileName == null) return Optional.empty();
        Path specific = dockerfile.resolveSibling(fileName + ".dockerignore");
        return Files.isRegularFile(specific) ? Optional.of(specific) : Optional.empty();
    }

    /** Effective patterns in file order (comments, blanks and rejected lines left out). */
    public List<IgnorePattern> patterns() {
        return matcher.patterns();
    }

    /** Lines that make Docker refuse the file, in file order. */
    public List<IgnoreProblem> problems() {
        return problems;
    }

    public PatternMatcher matcher() {
        return matcher;
    }

    /**
     * True when the file or directory at {@code path} is left out of the build context. For a
     * directory this is about its own entry: {@code docs} then {@code !docs/README.md} excludes
     * {@code docs} although the README (and so the directory) still arrives; see {@link #coverage(String)}.
     */
    public boolean isExcluded(String path) {
        return excludingPattern(path).isPresent();
    }

    /**
     * The pattern that leaves {@code path} out of the context (for ".dockerignore:3 excludes it"),
     * or empty when the path is sent. Takes parent directories and later {@code !} lines into account.
     */
    public Optional<IgnorePattern> excludingPattern(String path) {
        String clean = normalizePath(path);
        return clean.equals(".") ? Optional.empty() : matcher.decidingExclusion(clean);
    }

    /**
     * For a COPY/ADD source as written ({@code ./app}, {@code requirements.txt}, {@code *.txt}): the
     * pattern that leaves it entirely out of the context, if one does.
     *
     * <p>Like BuildKit's CopyIgnoredFile, the cleaned source is treated as a path even when it is a
     * glob, and a matching parent directory counts. BuildKit skips the check whenever the file has
     * {@code !} lines; here they are evaluated instead, and since the source may be a directory, it
     * only counts as excluded when no exception can bring anything below it back (with
     * {@code subdir} then {@code !*}{@code /keep*}, {@code COPY subdir} still copies
     * {@code subdir/keep.txt}, so it is not reported).
     */
    public Optional<IgnorePattern> copySourceExclusion(String source) {
        return coverage(source) == Coverage.EXCLUDED ? excludingPattern(source) : Optional.empty();
    }

    /**
     * As {@link #copySourceExclusion(String)}, when the caller knows (from the context on disk)
     * whether the source is a directory. For a regular file nothing can lie below it, so a
     * {@code !}{@code *}{@code /keep} line no longer makes every top-level file count as "maybe kept".
     */
    public Optional<IgnorePattern> copySourceExclusion(String source, boolean directory) {
        return directory ? copySourceExclusion(source) : excludingPattern(source);
    }

    /** How the directory {@code dir} and everything below it are treated. */
    public Coverage coverage(String dir) {
        String clean = normalizePath(dir);
        if (clean.equals(".")) {
            // The root is never excluded itself; whether anything in it is depends on the patterns.
            return patterns().stream().anyMatch(p -> !p.exception()) ? Coverage.PARTIAL : Coverage.INCLUDED;
        }
        return matcher.coverage(clean);
    }

    /** True when every file under {@code dir} (and the directory itself) stays out of the context. */
    public boolean excludesEntirely(String dir) {
        return coverage(dir) == Coverage.EXCLUDED;
    }

    /** True when at least something at or under {@code dir} may be left out of the context. */
    public boolean excludesAnythingUnder(String dir) {
        return coverage(dir) != Coverage.INCLUDED;
    }

    /** Cleans a context-relative path the way Docker cleans patterns; the root becomes {@code "."}. */
    static String normalizePath(String path) {
        String clean = GoPaths.clean(path);
        while (clean.startsWith("/")) {
            clean = clean.length() == 1 ? "." : clean.substring(1);
        }
        return clean;
    }

    /** Docker's {@code patternmatcher.New} step for one ReadAll line. */
    private static PatternMatcher.Entry entry(IgnoreFileReader.Line line) throws BadPatternException {
        // New cleans again, "!" included: "!" + "../a" stays "!../a", so this only matters at the edges.
        String pattern = GoPaths.clean(GoWhitespace.trim(line.pattern()));
        boolean exception = pattern.charAt(0) == '!';
        if (exception) {
            if (pattern.length() == 1) {
                throw new BadPatternException("illegal exclusion pattern: \"!\"");
            }
            pattern = pattern.substring(1);
        }
        CompiledPattern compiled = PatternCompiler.compile(pattern);
        return new PatternMatcher.Entry(new IgnorePattern(pattern, exception, line.number()), compiled);
    }
}
