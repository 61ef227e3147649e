package dev.imgslim.syntax;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Dockerfile text exactly as BuildKit's {@code parser.Parse} does, keeping precise positions.
 * The order of work per instruction follows BuildKit: directives and comments, continuation lines
 * (comments and blank lines inside them dropped), the keyword and leading flags, the per-instruction
 * argument parser, then the here-document bodies that follow the line.
 */
public final class DockerfileParser {
    /** bufio.Scanner's default token limit in BuildKit: a line must be shorter than 64 KiB. */
    private static final int MAX_LINE_BYTES = 65535;

    private static final Pattern HEREDOC_WORD = Pattern.compile("^(\\d*)<<(-?)[\\t\\n\\f\\r ]*([^<]*)\\z");

    /** Decodes bytes as strict UTF-8; non-UTF-8 input is a parse error at the first bad byte. */
    public static String decode(byte[] bytes) throws DockerfileParseException {
        // The JDK's own decoding is several times faster than a CharsetDecoder; it replaces what is not
        // UTF-8 with U+FFFD, so a text without U+FFFD was valid, and only the others are checked strictly.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) return lenient;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            int line = 1, col = 1;
            // Find the first invalid byte to point at it.
            int bad = firstInvalidUtf8(bytes);
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    col = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) col++;
            }
            throw new DockerfileParseException(line, col, "file is not valid UTF-8 text (binary or another encoding)");
        }
    }

    private static int firstInvalidUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n = c < 0x80
                    ? 1
                    : (c >= 0xC2 && c < 0xE0) ? 2 : (c >= 0xE0 && c < 0xF0) ? 3 : (c >= 0xF0 && c < 0xF5) ? 4 : 0;
            if (n == 0 || i + n > b.length) return i;
            for (int k = 1; k < n; k++) if ((b[i + k] & 0xC0) != 0x80) return i;
            String s = new String(b, i, n, StandardCharsets.UTF_8);
            if (s.codePointAt(0) == 0xFFFD
                    && !(n == 3 && (b[i] & 0xff) == 0xEF && (b[i + 1] & 0xff) == 0xBF && (b[i + 2] & 0xff) == 0xBD))
                return i;
            i += n;
        }
        return b.length;
    }

    public Dockerfile parse(String path, String text) throws DockerfileParseException {
        return new Parse(path, text).parse();
    }

    /** The state of one parse. */
    private static final class Parse {
        private final String path;
        private final String text;
        private final SourceText source;
        private final int[] starts;
        private final int[] ends;
        private final DirectiveParser directives = new DirectiveParser();
        private final List<Comment> comments = new ArrayList<>();
        private final List<ParseWarning> warnings = new ArrayList<>();
        private final List<Instruction> instructions = new ArrayList<>();
        private int next;

        Parse(String path, String text) {
            this.path = path;
            this.text = text;
            this.source = new SourceText(text);
            // The physical lines are the source's lines (each up to and with its '\n'; the last one may have
            // none): read from its index of line starts, not from a second scan of the text and a pair of
            // ints per line (0.6 % of the CPU of a 10,000-file lint, 2026-12-06). An empty text has no line.
            int count = text.isEmpty() ? 0 : source.lineCount();
            starts = new int[count];
            ends = new int[count];
            for (int i = 0; i < count; i++) {
                starts[i] = source.lineStart(i + 1);
                ends[i] = i + 1 < count ? source.lineStart(i + 2) : text.length();
            }
        }

        /** The physical line without trailing CR/LF (BuildKit's trimNewline). */
        private int contentEnd(int i) {
            int e = ends[i];
            while (e > starts[i] && (text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '\r')) e--;
            return e;
        }

        /**
         * Where the text's chars [from, to) end without their continuation marker, or -1 when the line does
         * not continue: BuildKit's {@code ([^E])E[ \t]*$|^E[ \t]*$} for the escape character E, read from the
         * end of the line instead of run as a regular expression (which tried a match at every offset of
         * every line).
         */
        private int continuationEnd(int from, int to) {
            char esc = directives.escape();
            int at = to - 1;
            while (at >= from && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) at--;
            if (at < from || text.charAt(at) != esc) return -1;
            if (at == from) return from;
            return text.charAt(at - 1) == esc ? -1 : at;
        }

        private void checkLength(int i) throws DockerfileParseException {
            int chars = ends[i] - starts[i];
            if (chars * 3L < MAX_LINE_BYTES) return;
            int bytes = text.substring(starts[i], contentEnd(i)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes >= MAX_LINE_BYTES + 1) {
                throw new DockerfileParseException(
                        i + 1, 1, "dockerfile line greater than max allowed size of " + MAX_LINE_BYTES);
            }
        }

        Dockerfile parse() throws DockerfileParseException {
            int n = starts.length;
            while (next < n) {
                int i = next++;
                checkLength(i);
                int lineNo = i + 1;
                int begin = starts[i];
                if (i == 0 && text.startsWith("\uFEFF")) begin++;
                // The line is read in place too: [tokenOffset, end) is its text without leading white space.
                int end = contentEnd(i);
                int tokenOffset = GoText.skipSpace(text, begin, end);
                boolean directive = !directives.done()
                        && directives
                                .accept(text.substring(tokenOffset, end), lineNo)
                                .isPresent();
                boolean comment = tokenOffset < end && text.charAt(tokenOffset) == '#';
                if (comment && !directive)
                    comments.add(new Comment(
                            lineNo, text.substring(tokenOffset + 1, end).trim()));
                if (comment || tokenOffset == end) continue; // nothing of an instruction on it
                int cont = continuationEnd(tokenOffset, end);
                boolean endOfLine = cont < 0;
                int firstEnd = endOfLine ? end : cont;
                LogicalLine.Builder logical = new LogicalLine.Builder();
                logical.append(tokenOffset, firstEnd - tokenOffset);
                int startLine = lineNo;
                int lastLine = lineNo;
                boolean emptyContinuation = false;
                // The continuation lines are read in place in the text, not copied out line by line: the
                // joined line is what the instruction keeps (two copies of every line of a long RUN were
                // 1 % of the CPU of a 10,000-file lint, 2026-12-06).
                while (!endOfLine && next < n) {
                    int j = next++;
                    checkLength(j);
                    lastLine = j + 1;
                    int from = starts[j], to = contentEnd(j);
                    if (!directives.done()) directives.accept(text.substring(from, to), j + 1);
                    int at = GoText.skipSpace(text, from, to);
                    if (at < to && text.charAt(at) == '#') {
                        comments.add(
                                new Comment(j + 1, text.substring(at + 1, to).trim()));
                        continue;
                    }
                    if (at == to) {
                        emptyContinuation = true;
                        continue;
                    }
                    int lineEnd = continuationEnd(from, to);
                    endOfLine = lineEnd < 0;
                    logical.append(from, (endOfLine ? to : lineEnd) - from);
                }
                LogicalLine joined = logical.build(source);
                // A line of one piece reads as its first piece: no second copy of it.
                String line = logical.pieces() == 1 ? text.substring(tokenOffset, firstEnd) : joined.text();
                if (emptyContinuation) {
                    warnings.add(new ParseWarning(
                            "no-empty-continuation",
                            source.lines(startLine, lastLine),
                            "Empty continuation line found in: " + line));
                }
                Node node;
                try {
                    node = newNode(line, 0, startLine, lastLine);
                } catch (ArgumentParsers.ArgumentException e) {
                    throw new DockerfileParseException(startLine, 1, e.getMessage());
                }
                List<Heredoc> heredocs = List.of();
                if (node.canContainHeredoc() && line.contains("<<")) {
                    heredocs = readHeredocs(line, startLine);
                    if (!heredocs.isEmpty()) lastLine = next;
                }
                instructions.add(node.toInstruction(line, heredocs, contentEnd(lastLine - 1), joined));
            }
            if (instructions.isEmpty()) {
                throw new DockerfileParseException(1, 1, "file with no instructions");
            }
            return new Dockerfile(
                    path,
                    source,
                    directives.escape(),
                    List.copyOf(directives.directives()),
                    List.copyOf(instructions),
                    List.copyOf(comments),
                    List.copyOf(warnings));
        }

        private List<Heredoc> readHeredocs(String line, int startLine) throws DockerfileParseException {
            List<Heredoc> docs = new ArrayList<>();
            for (String word : HeredocWords.split(line)) {
                Matcher m = HEREDOC_WORD.matcher(word);
                if (!m.matches()) continue;
                Optional<HeredocWords.Name> named;
                try {
                    named = HeredocWords.name(m.group(3));
                } catch (dev.imgslim.shell.ShellLexException e) {
                    throw new DockerfileParseException(startLine, 1, e.getMessage());
                }
                if (named.isEmpty()) continue; // not one word: no heredoc
                HeredocWords.Name name = named.get();
                boolean chomp = !m.group(2).isEmpty();
                int fd = m.group(1).isEmpty() ? 0 : parseFd(m.group(1));
                StringBuilder content = new StringBuilder();
                boolean terminated = false;
                int bodyStart = next + 1;
                while (next < starts.length) {
                    int j = next++;
                    String raw = text.substring(starts[j], ends[j]);
                    String candidate = text.substring(starts[j], contentEnd(j));
                    if (chomp) {
                        int k = 0;
                        while (k < candidate.length() && candidate.charAt(k) == '\t') k++;
                        candidate = candidate.substring(k);
                    }
                    if (candidate.equals(name.name())) {
                        terminated = true;
                        break;
                    }
                    content.append(raw);
                }
                if (!terminated) throw new DockerfileParseException(startLine, 1, "unterminated heredoc");
                docs.add(new Heredoc(name.name(), content.toString(), name.expand(), chomp, fd, bodyStart));
            }
            return docs;
        }

        private static int parseFd(String digits) {
            try {
                return Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        /** BuildKit's newNodeFromLine over {@code line}, which starts at {@code base} in the logical line. */
        private Node newNode(String line, int base, int startLine, int lastLine)
                throws ArgumentParsers.ArgumentException {
            int s = GoText.skipSpace(line, 0);
            int e = GoText.trimEnd(line, line.length());
            String trimmed = s < e ? line.substring(s, e) : "";
            int cmdEnd = 0;
            while (cmdEnd < trimmed.length() && !GoText.isSplitSpace(trimmed.charAt(cmdEnd))) cmdEnd++;
            String cmd = trimmed.substring(0, cmdEnd);
            int after = cmdEnd;
            while (after < trimmed.length() && GoText.isSplitSpace(trimmed.charAt(after))) after++;
            List<BuilderFlags.Word> flags = List.of();
            String rest = "";
            int restStart = base + s + trimmed.length();
            if (cmdEnd < trimmed.length()) {
                String argText = trimmed.substring(after);
                BuilderFlags.Result r = BuilderFlags.extract(argText);
                flags = r.flags();
                String remainder = argText.substring(r.restStart());
                int rs = GoText.skipSpace(remainder, 0);
                int re = GoText.trimEnd(remainder, remainder.length());
                rest = rs < re ? remainder.substring(rs, re) : "";
                restStart = base + s + after + r.restStart() + rs;
                int flagBase = base + s + after;
                List<BuilderFlags.Word> shifted = new ArrayList<>();
                for (BuilderFlags.Word w : flags)
                    shifted.add(new BuilderFlags.Word(w.text(), w.start() + flagBase, w.end() + flagBase));
                flags = shifted;
            }
            Node node = new Node(cmd, base + s, flags, rest, restStart);
            if (cmd.equalsIgnoreCase("onbuild")) {
                if (!rest.isEmpty()) node.sub = newNode(rest, restStart, startLine, lastLine);
            } else {
                ArgumentParsers.Args args = ArgumentParsers.parse(node.lower, rest, directives.escape());
                node.args = args.values();
                node.argSpans = args.spans();
                node.json = args.json();
            }
            return node;
        }
    }

    /** A parsed instruction before spans are attached. */
    private static final class Node {
        final String cmd;
        /** {@link #cmd} in lower case, made once: the parser's keyword switches all ask for it. */
        final String lower;

        final int cmdStart;
        final List<BuilderFlags.Word> flags;
        final String rest;
        final int restStart;
        List<String> args = List.of();
        List<int[]> argSpans = List.of();
        boolean json;
        Node sub;

        Node(String cmd, int cmdStart, List<BuilderFlags.Word> flags, String rest, int restStart) {
            this.cmd = cmd;
            this.lower = cmd.toLowerCase(java.util.Locale.ROOT);
            this.cmdStart = cmdStart;
            this.flags = flags;
            this.rest = rest;
            this.restStart = restStart;
        }

        /** BuildKit's canContainHeredoc: RUN, COPY or ADD (also under ONBUILD) in shell form. */
        boolean canContainHeredoc() {
            Node n = cmd.equalsIgnoreCase("onbuild") && sub != null ? sub : this;
            String c = n.lower;
            return (c.equals("run") || c.equals("copy") || c.equals("add")) && !n.json;
        }

        /**
         * True when the logical range [start, end) reads {@code s}: compared in {@code logical}, the line's text
         * already joined (its pieces mapped through the source were 1 % of a 10,000-file lint's CPU).
         */
        private static boolean sameText(String logical, LogicalLine line, int start, int end, String s) {
            if (start < 0 || end > logical.length()) return line.textEquals(start, end, s);
            return end - start == s.length() && logical.regionMatches(start, s, 0, s.length());
        }

        Instruction toInstruction(String logical, List<Heredoc> heredocs, int endOffset, LogicalLine line) {
            List<Flag> fl = new ArrayList<>();
            for (BuilderFlags.Word w : flags) {
                int eq = logical.indexOf('=', w.start());
                int valueStart = eq < 0 || eq >= w.end() ? w.start() : eq + 1;
                fl.add(Flag.of(w.text(), line, w.start(), w.end(), valueStart));
            }
            int[] ranges = new int[2 * args.size()];
            String[] texts = null;
            for (int k = 0; k < args.size(); k++) {
                int[] at = k < argSpans.size() ? argSpans.get(k) : new int[] {0, 0};
                int start = restStart + at[0], end = restStart + at[1];
                ranges[2 * k] = start;
                ranges[2 * k + 1] = end;
                // Only a word BuildKit reads differently from the source (quotes, escapes) keeps its text. The
                // whole rest as one word (a shell-form RUN) is the line's own text at restStart: not compared.
                String arg = args.get(k);
                boolean verbatim = arg == rest && at[0] == 0 && at[1] == rest.length();
                if (!verbatim && !sameText(logical, line, start, end, arg)) {
                    if (texts == null) texts = new String[args.size()];
                    texts[k] = args.get(k);
                }
            }
            Instruction subInstruction = null;
            if (sub != null) {
                LogicalLine subLine = line.from(sub.cmdStart);
                String subText = logical.substring(sub.cmdStart);
                subInstruction = sub.shifted(-sub.cmdStart).toInstruction(subText, heredocs, endOffset, subLine);
            }
            return Instruction.of(
                    new Instruction.Parts(
                            Keywords.canonical(cmd),
                            fl,
                            ranges,
                            texts,
                            json,
                            line,
                            restStart,
                            restStart + rest.length(),
                            heredocs,
                            subInstruction,
                            endOffset),
                    lower);
        }

        private Node shifted(int delta) {
            List<BuilderFlags.Word> fl = new ArrayList<>();
            for (BuilderFlags.Word w : flags)
                fl.add(new BuilderFlags.Word(w.text(), w.start() + delta, w.end() + delta));
            Node n = new Node(cmd, cmdStart + delta, fl, rest, restStart + delta);
            n.args = args;
            n.argSpans = argSpans;
            n.json = json;
            n.sub = sub == null ? null : sub.shifted(delta);
            return n;
        }
    }
}
