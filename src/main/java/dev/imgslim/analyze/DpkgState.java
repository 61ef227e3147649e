package dev.imgslim.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The packages dpkg records as installed ({@code /var/lib/dpkg/status}) with the relations that decide
 * why each is there, and the ones apt marked as installed automatically
 * ({@code /var/lib/apt/extended_states}, {@code Auto-Installed: 1}).
 */
final class DpkgState {
    static final String STATUS = "var/lib/dpkg/status";
    static final String EXTENDED_STATES = "var/lib/apt/extended_states";
    static final String INFO = "var/lib/dpkg/info/";

    /** One installed package: its hard dependencies (Depends and Pre-Depends, alternatives kept) and Provides. */
    record DebPackage(String name, String arch, List<List<String>> depends, List<String> provides) {}

    private final Map<String, DebPackage> installed;
    private final Map<String, List<String>> providers;

    private DpkgState(Map<String, DebPackage> installed) {
        this.installed = installed;
        this.providers = new HashMap<>();
        for (DebPackage p : installed.values()) {
            for (String v : p.provides())
                providers.computeIfAbsent(v, k -> new ArrayList<>()).add(p.name());
        }
    }

    static DpkgState empty() {
        return new DpkgState(Map.of());
    }

    Map<String, DebPackage> installed() {
        return installed;
    }

    /** Parses a status file; only paragraphs whose Status ends in {@code installed} count. */
    static DpkgState parseStatus(String status) {
        Map<String, DebPackage> out = new LinkedHashMap<>();
        for (Map<String, String> para : paragraphs(status)) {
            String name = para.get("package");
            String state = para.getOrDefault("status", "");
            if (name == null || !state.endsWith(" installed")) continue;
            List<List<String>> depends = new ArrayList<>();
            depends.addAll(relations(para.get("pre-depends")));
            depends.addAll(relations(para.get("depends")));
            List<String> provides = new ArrayList<>();
            for (List<String> group : relations(para.get("provides"))) provides.addAll(group);
            out.putIfAbsent(name, new DebPackage(name, para.getOrDefault("architecture", ""), depends, provides));
        }
        return new DpkgState(out);
    }

    /** Names apt marked {@code Auto-Installed: 1} in an extended_states file. */
    static Set<String> parseAutoInstalled(String extendedStates) {
        Set<String> auto = new HashSet<>();
        for (Map<String, String> para : paragraphs(extendedStates)) {
            if ("1".equals(para.get("auto-installed")) && para.containsKey("package")) auto.add(para.get("package"));
        }
        return auto;
    }

    /**
     * The packages that {@code roots} need through Depends and Pre-Depends alone: what an install without
     * Recommends would have kept. An alternative ({@code a | b}) is satisfied by the first installed choice
     * that {@code preferred} holds (what was there before), else by the first installed one, as apt picks;
     * a virtual package by its first installed provider.
     */
    Set<String> hardClosure(Set<String> roots, Set<String> preferred) {
        Set<String> seen = new HashSet<>();
        List<String> queue = new ArrayList<>();
        for (String r : roots) {
            if (installed.containsKey(r) && seen.add(r)) queue.add(r);
        }
        for (int i = 0; i < queue.size(); i++) {
            DebPackage p = installed.get(queue.get(i));
            for (List<String> group : p.depends()) {
                String choice = choose(group, preferred);
                if (choice != null && seen.add(choice)) queue.add(choice);
            }
        }
        return seen;
    }

    private String choose(List<String> group, Set<String> preferred) {
        String first = null;
        for (String alternative : group) {
            for (String real : realNames(alternative)) {
                if (preferred.contains(real)) return real;
                if (first == null) first = real;
            }
        }
        return first;
    }

    private List<String> realNames(String name) {
        if (installed.containsKey(name)) return List.of(name);
        return providers.getOrDefault(name, List.of());
    }

    /**
     * A relation field ({@code a (>= 1), b:any | c [amd64] <!nocheck>}) as groups of alternatives, names
     * only: versions, architecture lists and build profiles do not change which package is meant.
     */
    static List<List<String>> relations(String field) {
        List<List<String>> groups = new ArrayList<>();
        if (field == null || field.isBlank()) return groups;
        for (String group : field.split(",")) {
            List<String> names = new ArrayList<>();
            for (String alternative : group.split("\\|")) {
                String name = alternative.strip();
                int cut = name.length();
                for (char c : new char[] {' ', '(', '[', '<', ':', '\t'}) {
                    int at = name.indexOf(c);
                    if (at >= 0) cut = Math.min(cut, at);
                }
                name = name.substring(0, cut);
                if (!name.isEmpty()) names.add(name);
            }
            if (!names.isEmpty()) groups.add(names);
        }
        return groups;
    }

    /** Deb822 paragraphs, field names lower-cased, continuation lines joined with a space. */
    static List<Map<String, String>> paragraphs(String text) {
        List<Map<String, String>> out = new ArrayList<>();
        Map<String, String> current = new HashMap<>();
        String lastKey = null;
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) out.add(current);
                current = new HashMap<>();
                lastKey = null;
                continue;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && lastKey != null) {
                current.merge(lastKey, " " + line.strip(), String::concat);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            lastKey = line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
            current.put(lastKey, line.substring(colon + 1).strip());
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    /** Whether a layer path is part of the package state that recommends are measured from. */
    static boolean keeps(String path) {
        return path.equals(STATUS)
                || path.equals(EXTENDED_STATES)
                || (path.startsWith(INFO) && path.endsWith(".list") && path.indexOf('/', INFO.length()) < 0);
    }
}
