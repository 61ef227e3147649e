package dev.imgslim.ignore;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code path.Clean} (identical to {@code filepath.Clean} on Unix). Docker cleans every
 * .dockerignore pattern with it, so {@code ./a}, {@code a//b/} and {@code a/x/../b} must compare
 * equal to {@code a}, {@code a/b} and {@code a/b} here too.
 */
final class GoPaths {

    private GoPaths() {}

    /** Shortest equivalent slash path: drops empty and {@code .} elements and resolves {@code ..} lexically. */
    static String clean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.charAt(0) == '/';
        List<String> out = new ArrayList<>();
        for (String element : path.split("/", -1)) {
            if (element.isEmpty() || element.equals(".")) {
                continue;
            }
            if (element.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                } else if (!rooted) {
                    // A relative path keeps leading ".." (it points outside); "/.." is just "/".
                    out.add("..");
                }
                continue;
            }
            out.add(element);
        }
        String joined = String.join("/", out);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }
}
