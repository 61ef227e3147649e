package dev.imgslim.build;

import java.util.Map;
import java.util.Set;

/** Minimal variable expansion used until the full shell lexer is wired in. */
final class SimpleLexer {
    private SimpleLexer() {}

    static String expand(String s, Map<String, String> vars, char escape, Set<String> unmatched) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == escape && i + 1 < s.length()) { out.append(s.charAt(++i)); continue; }
            if (c == '\'' ) {
                int e = s.indexOf('\'', i + 1);
                if (e < 0) e = s.length();
                out.append(s, i + 1, e);
                i = e;
                continue;
            }
            if (c == '"') continue;
            if (c != '$' || i + 1 >= s.length()) { out.append(c); continue; }
            if (s.charAt(i + 1) == '{') {
                int e = s.indexOf('}', i + 2);
                if (e < 0) { out.append(s, i, s.length()); break; }
                String body = s.substring(i + 2, e);
                int op = 0;
                while (op < body.length() && (Character.isLetterOrDigit(body.charAt(op)) || body.charAt(op) == '_')) op++;
                String name = body.substring(0, op);
                String rest = body.substring(op);
                String val = vars.get(name);
                boolean set = vars.containsKey(name) && val != null;
                if (rest.startsWith(":-")) out.append(set && !val.isEmpty() ? val : rest.substring(2));
                else if (rest.startsWith("-")) out.append(set ? val : rest.substring(1));
                else if (rest.startsWith(":+")) out.append(set && !val.isEmpty() ? rest.substring(2) : "");
                else if (rest.startsWith("+")) out.append(set ? rest.substring(1) : "");
                else {
                    if (!set) unmatched.add(name);
                    out.append(set ? val : "");
                }
                i = e;
            } else {
                int j = i + 1;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
                if (j == i + 1) { out.append(c); continue; }
                String name = s.substring(i + 1, j);
                String val = vars.get(name);
                if (val == null) unmatched.add(name);
                out.append(val == null ? "" : val);
                i = j - 1;
            }
        }
        return out.toString();
    }
}
