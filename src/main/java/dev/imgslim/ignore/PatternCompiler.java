package dev.imgslim.ignore;

import java.util.Optional;

/**
 * Builds a {@link CompiledPattern} the way patternmatcher's {@code compile} does: it walks the
 * pattern once, turning {@code *} into {@code [^/]*}, {@code ?} into {@code [^/]}, {@code **}
 * into {@code (.*\/)?} (or {@code .*} at the end), escaping the regexp metacharacters that mean
 * nothing in a glob, and copying everything else, {@code [ ] ^ -} included, unchanged. On the way it
 * decides whether a cheaper string test (exact, prefix, suffix) is what Docker will actually use.
 */
final class PatternCompiler {

    /** Characters that are special in a regexp but literal in a glob (patternmatcher's shouldEscape). */
    private static final String REGEXP_ONLY_SPECIALS = ".+()|{}$";

    private PatternCompiler() {}

    /** Compiles a cleaned pattern (no {@code !}); fails where Docker's {@code New} or first match would. */
    static CompiledPattern compile(String pattern) throws BadPatternException {
        Optional<String> syntax = GlobSyntax.check(pattern);
        if (syntax.isPresent()) {
            throw new BadPatternException("syntax error in pattern: " + syntax.get());
        }
        StringBuilder re = new StringBuilder("^");
        CompiledPattern.Kind kind = CompiledPattern.Kind.EXACT;
        int[] cps = pattern.codePoints().toArray();
        int k = 0;
        boolean firstToken = true;
        while (k < cps.length) {
            int ch = cps[k++];
            if (ch == '*' && k < cps.length && cps[k] == '*') {
                k++;
                if (k < cps.length && cps[k] == '/') {
                    k++; // "**/" behaves like "**"
                }
                if (k >= cps.length) {
                    // Trailing "**" matches everything below, like .gitignore.
                    if (kind == CompiledPattern.Kind.EXACT) {
                        kind = CompiledPattern.Kind.PREFIX;
                    } else {
                        re.append(".*");
                        kind = CompiledPattern.Kind.REGEXP;
                    }
                } else {
                    re.append("(.*/)?"); // any number of directories, including none
                    kind = CompiledPattern.Kind.REGEXP;
                }
                if (firstToken) {
                    // Docker's quirk, kept on purpose: a leading "**" makes it a suffix test
                    // unless a later wildcard turns it back into a regexp.
                    kind = CompiledPattern.Kind.SUFFIX;
                }
            } else if (ch == '*') {
                re.append("[^/]*");
                kind = CompiledPattern.Kind.REGEXP;
            } else if (ch == '?') {
                re.append("[^/]");
                kind = CompiledPattern.Kind.REGEXP;
            } else if (ch < 0x80 && REGEXP_ONLY_SPECIALS.indexOf(ch) >= 0) {
                re.append('\\').appendCodePoint(ch);
            } else if (ch == '\\') {
                // GlobSyntax guarantees something follows; the pair is copied as a regexp escape.
                re.append('\\').appendCodePoint(cps[k++]);
                kind = CompiledPattern.Kind.REGEXP;
            } else if (ch == '[' || ch == ']') {
                re.appendCodePoint(ch);
                kind = CompiledPattern.Kind.REGEXP;
            } else {
                re.appendCodePoint(ch);
            }
            firstToken = false;
        }
        if (kind != CompiledPattern.Kind.REGEXP) {
            return new CompiledPattern(kind, pattern, null, null);
        }
        re.append('$');
        String re2 = re.toString();
        try {
            return new CompiledPattern(kind, pattern, re2, Re2ToJava.linear(re2));
        } catch (BadPatternException e) {
            // Docker accepts the file but compiles lazily: the build fails once a path reaches
            // this pattern (an exception line is only reached by paths already excluded).
            throw new BadPatternException(
                    "Docker fails when it first tests a path against this pattern: " + e.getMessage());
        }
    }
}
