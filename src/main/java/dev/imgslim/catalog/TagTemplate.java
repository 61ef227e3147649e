package dev.imgslim.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code repository:tag} template such as {@code python:{version}-slim-{os}}. The same template
 * recognises a reference (placeholders become named groups) and writes one back from the captured
 * values, so "3.12.4" and "bookworm" survive a move from full to slim.
 */
public final class TagTemplate {

    /** Placeholder regexes a family does not override. */
    public static final Map<String, String> DEFAULT_PARTS = Map.of(
            "version", "\\d+(?:\\.\\d+)*",
            "os", "trixie|bookworm|bullseye|buster|stretch|noble|jammy|focal|bionic",
            "alpine", "\\d+\\.\\d+");

    /** {@code {name}} or {@code {name=regex}}: an inline regex narrows the family's part here. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?:=([^{}]+))?}");

    private final String text;
    private final String repositoryTemplate;
    private final List<String> names;
    private final Map<String, Pattern> partPatterns;
    private final Pattern pattern;
    private final Pattern repositoryPattern;

    private TagTemplate(String text, Map<String, String> familyParts) {
        this.text = text;
        int colon = tagSeparator(text);
        if (colon < 0) {
            throw new IllegalArgumentException("pattern must be repository:tag: " + text);
        }
        this.repositoryTemplate = text.substring(0, colon);
        List<String> found = new ArrayList<>();
        Map<String, Pattern> parts = new LinkedHashMap<>();
        String regex = toRegex(text, familyParts, found, parts, true);
        if (new LinkedHashSet<>(found).size() != found.size()) {
            throw new IllegalArgumentException("placeholder used twice in " + text);
        }
        this.pattern = Pattern.compile(regex);
        this.repositoryPattern = Pattern.compile(
                toRegex(repositoryTemplate, familyParts, new ArrayList<>(), new LinkedHashMap<>(), false));
        this.names = List.copyOf(found);
        this.partPatterns = Collections.unmodifiableMap(parts);
    }

    /** Compiles a template; throws IllegalArgumentException (with the template) when invalid. */
    public static TagTemplate compile(String text, Map<String, String> familyParts) {
        try {
            return new TagTemplate(text, familyParts);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException("bad pattern " + text + ": " + e.getMessage(), e);
        }
    }

    private static String toRegex(
            String template,
            Map<String, String> familyParts,
            List<String> names,
            Map<String, Pattern> parts,
            boolean groups) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start())));
            String name = m.group(1);
            String part = m.group(2) != null ? m.group(2) : familyParts.getOrDefault(name, DEFAULT_PARTS.get(name));
            if (part == null) {
                throw new IllegalArgumentException("no regex for placeholder {" + name + "} in " + template);
            }
            parts.put(name, Pattern.compile("(?:" + part + ")"));
            names.add(name);
            regex.append(groups ? "(?<" + name + ">" : "(?:").append(part).append(')');
            // Parts must be non-capturing inside: a plain group would shift nothing (groups are named)
            // but an inner named group would clash, so reject it early.
            if (part.contains("(?<") && !part.contains("(?<=") && !part.contains("(?<!")) {
                throw new IllegalArgumentException("named group inside part {" + name + "} in " + template);
            }
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return regex.toString();
    }

    /**
     * Index of the colon between repository and tag, or -1. Colons inside {@code {...}} (inline
     * regexes such as {@code (?:a|b)}) and before the last slash (a registry port) do not count.
     */
    static int tagSeparator(String template) {
        int depth = 0;
        int colon = -1;
        int slash = -1;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && c == ':') {
                colon = i;
            } else if (depth == 0 && c == '/') {
                slash = i;
            }
        }
        return colon > slash ? colon : -1;
    }

    public String text() {
        return text;
    }

    /** Placeholder names in order of appearance. */
    public List<String> names() {
        return names;
    }

    /** True when the repository half matches, whatever the tag: the family is known. */
    public boolean matchesRepository(String repository) {
        return repositoryPattern.matcher(repository).matches();
    }

    /** Captured placeholder values when {@code repository:tag} matches this template. */
    public Optional<Map<String, String>> match(String repositoryAndTag) {
        Matcher m = pattern.matcher(repositoryAndTag);
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names) {
            values.put(name, m.group(name));
        }
        return Optional.of(values);
    }

    /**
     * Writes the template with these values. Empty when a value is missing or would not be valid
     * here (an Ubuntu codename in an Alpine slot), because a suggestion must name a real tag.
     */
    public Optional<String> render(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String name = m.group(1);
            String value = values.get(name);
            if (value == null || !partPatterns.get(name).matcher(value).matches()) {
                return Optional.empty();
            }
            out.append(value);
            last = m.end();
        }
        out.append(text.substring(last));
        return Optional.of(out.toString());
    }

    Set<String> nameSet() {
        return new LinkedHashSet<>(names);
    }

    @Override
    public String toString() {
        return text;
    }
}
