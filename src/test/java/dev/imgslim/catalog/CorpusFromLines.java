package dev.imgslim.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Test-only extraction of base images from real Dockerfiles: FROM lines after joining
 * continuations, with global ARG defaults (declared before the first FROM) substituted. Deliberately
 * simple; the real Dockerfile parser lives in the syntax/build packages.
 */
final class CorpusFromLines {

    /** The corpus folder; skips (or fails, when required) the calling test where it is missing. */
    static Path corpus() {
        return dev.imgslim.testsupport.RealCorpus.real();
    }

    /** One FROM line. {@code image} is null when it names an earlier stage or stays unresolved. */
    record From(Path file, String raw, String image, String skipReason) {}

    private static final Pattern HEREDOC = Pattern.compile("<<-?[\"']?([A-Za-z_][A-Za-z0-9_]*)[\"']?");
    private static final Pattern VAR =
            Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");

    static List<Path> dockerfiles() throws IOException {
        try (Stream<Path> s = Files.walk(corpus())) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".dockerignore"))
                    .filter(p -> !p.getFileName().toString().endsWith(".tsv")
                            && !p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
    }

    static List<From> froms(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        char escape = '\\';
        for (String l : lines) {
            String t = l.trim();
            if (!t.startsWith("#")) {
                break;
            }
            if (t.replace(" ", "").equalsIgnoreCase("#escape=`")) {
                escape = '`';
            }
        }
        List<String> logical = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String heredocEnd = null;
        for (String l : lines) {
            String t = l.strip();
            if (heredocEnd != null) {
                // Heredoc bodies are file content or scripts ("from pathlib import Path"), not instructions.
                if (t.equals(heredocEnd)) {
                    heredocEnd = null;
                }
                continue;
            }
            Matcher h = HEREDOC.matcher(t);
            if (h.find() && !t.startsWith("#")) {
                heredocEnd = h.group(1);
            }
            if (cur.length() > 0 && t.startsWith("#")) {
                continue; // comment inside a continuation
            }
            if (!t.isEmpty() && t.charAt(t.length() - 1) == escape) {
                cur.append(t, 0, t.length() - 1).append(' ');
                continue;
            }
            cur.append(t);
            logical.add(cur.toString());
            cur.setLength(0);
        }
        Map<String, String> globalArgs = new HashMap<>();
        Set<String> stages = new HashSet<>();
        boolean seenFrom = false;
        List<From> out = new ArrayList<>();
        for (String line : logical) {
            String[] words = line.trim().split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            String kw = words[0].toUpperCase(Locale.ROOT);
            if (kw.equals("ARG") && !seenFrom) {
                for (int i = 1; i < words.length; i++) {
                    String w = words[i];
                    int eq = w.indexOf('=');
                    if (eq > 0) {
                        String v = w.substring(eq + 1);
                        if (v.length() >= 2
                                && ((v.startsWith("\"") && v.endsWith("\""))
                                        || (v.startsWith("'") && v.endsWith("'")))) {
                            v = v.substring(1, v.length() - 1);
                        }
                        globalArgs.put(w.substring(0, eq), v);
                    }
                }
            }
            if (!kw.equals("FROM")) {
                continue;
            }
            seenFrom = true;
            int i = 1;
            while (i < words.length && words[i].startsWith("--")) {
                i++;
            }
            if (i >= words.length) {
                continue;
            }
            String image = words[i];
            if (image.length() >= 2 && image.startsWith("\"") && image.endsWith("\"")) {
                image = image.substring(1, image.length() - 1);
            }
            String stageName = i + 2 < words.length && words[i + 1].equalsIgnoreCase("AS") ? words[i + 2] : null;
            String resolved = substitute(image, globalArgs);
            if (stages.contains(resolved.toLowerCase(Locale.ROOT))) {
                out.add(new From(file, line, null, "stage"));
            } else if (resolved.contains("$")
                    || resolved.isEmpty()
                    || resolved.startsWith(":")
                    || resolved.contains(":-")
                    || resolved.endsWith(":")
                    || resolved.contains("/:")
                    || resolved.startsWith("-")) {
                out.add(new From(file, line, null, "unresolved"));
            } else {
                out.add(new From(file, line, resolved, null));
            }
            if (stageName != null) {
                stages.add(stageName.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    static String substitute(String text, Map<String, String> args) {
        Matcher m = VAR.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(3);
            String value = args.get(name);
            if ((value == null || value.isEmpty()) && m.group(2) != null) {
                value = m.group(2);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
