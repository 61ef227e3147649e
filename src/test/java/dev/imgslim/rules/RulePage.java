package dev.imgslim.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule page ({@code rules/<name>.md}) read the way the docs test needs it: the title, the header
 * line, and the fenced blocks of each {@code ## } section with their info strings. In "Bad" and
 * "Good" a block's info string says what it is: {@code dockerfile} (the example), {@code dockerignore}
 * (the build context's {@code .dockerignore}) or {@code yaml} (the {@code .imgslim.yaml} it runs with).
 */
record RulePage(
        Path path, String text, String title, String header, String summary, Map<String, List<Block>> sections) {

    /** One fenced block: its info string, its text (without the fences) and where the text sits in the page. */
    record Block(String info, String text, int start, int end) {}

    private static final Pattern FENCE = Pattern.compile("(?m)^```([a-z]*)\\n(.*?)^```$", Pattern.DOTALL);

    static RulePage read(Path path) throws IOException {
        String text = Files.readString(path);
        String[] lines = text.split("\n", -1);
        String title = lines.length > 0 ? lines[0] : "";
        String header = "";
        String summary = "";
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith("**Severity:**")) {
                header = lines[i];
                for (int j = i + 1; j < lines.length; j++) {
                    if (!lines[j].isBlank()) {
                        summary = lines[j];
                        break;
                    }
                }
                break;
            }
        }
        Map<String, List<Block>> sections = new LinkedHashMap<>();
        // Section headings outside fenced blocks ("## " inside a Dockerfile example is a comment).
        List<String> names = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        boolean inFence = false;
        int pos = 0;
        for (String line : lines) {
            if (line.startsWith("```")) inFence = !inFence;
            else if (!inFence && line.startsWith("## ")) {
                names.add(line.substring(3).trim());
                starts.add(pos);
            }
            pos += line.length() + 1;
        }
        for (int i = 0; i < names.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            List<Block> blocks = new ArrayList<>();
            Matcher f = FENCE.matcher(text).region(from, to);
            while (f.find()) blocks.add(new Block(f.group(1), f.group(2), f.start(2), f.end(2)));
            sections.putIfAbsent(names.get(i), blocks);
        }
        return new RulePage(path, text, title, header, summary, sections);
    }

    List<Block> allBlocks() {
        return sections.values().stream().flatMap(List::stream).toList();
    }

    List<Block> blocks(String section) {
        return sections.getOrDefault(section, List.of());
    }

    List<Block> blocks(String section, String info) {
        return blocks(section).stream().filter(b -> b.info().equals(info)).toList();
    }

    /** The page with the first block of "Output" replaced by {@code output} (used to regenerate pages). */
    String withOutput(String output) {
        Block b = blocks("Output").get(0);
        return text.substring(0, b.start()) + output + "\n" + text.substring(b.end());
    }
}
