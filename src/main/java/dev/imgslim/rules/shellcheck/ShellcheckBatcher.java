package dev.imgslim.rules.shellcheck;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Hands the scripts of many Dockerfiles to few ShellCheck processes (shellcheck takes many files per
 * call, and a process costs ~50 ms to start): scripts are queued per Dockerfile ("group") and a process
 * is started over the queued groups when enough have gathered, when a lint waits for one of them, or
 * when no more are coming ({@link #flush}); up to one process per core runs at a time, beside the
 * rules. A script seen twice in one run (the same text in two files) is checked once.
 *
 * <p>The cost stays bounded per Dockerfile: a batch gets the same timeout as one file would, and when a
 * batch of several groups outlives it, each group is checked again alone with its own timeout, so only
 * a Dockerfile whose own scripts cannot be checked in time is told so.
 */
final class ShellcheckBatcher {
    /** What ShellCheck said about one script: its comments, or that it failed or did not finish in time. */
    record Result(List<ShellcheckProcess.Comment> comments, boolean failed, boolean timedOut) {
        static final Result FAILED = new Result(List.of(), true, false);
        static final Result TIMED_OUT = new Result(List.of(), true, true);
    }

    /**
     * Below these a queued batch waits for more (or for someone to need it): each process is big enough
     * to pay for its start. Above the maxima a batch is cut: several processes share the cores.
     */
    static final int MIN_BATCH_SCRIPTS = 24;

    static final int MAX_BATCH_SCRIPTS = 96;
    static final int MAX_BATCH_CHARS = 48_000;

    /** One script's place in the queue; its result is shared by every file that has the same text. */
    private static final class Entry {
        final String text;
        final String fileName;
        final CompletableFuture<Result> result = new CompletableFuture<>();
        int refs;
        /** The group that checks it: wanted by every ticket that waits for this script, not only its first file's. */
        Group group;

        Entry(String text, String fileName) {
            this.text = text;
            this.fileName = fileName;
        }
    }

    /** The scripts one Dockerfile added (not those it shares with an earlier one). */
    private static final class Group {
        final List<Entry> entries = new ArrayList<>();
        final int chars;
        boolean wanted;
        /** Checked again alone after a batch it was in outlived the timeout. */
        final boolean solo;

        Group(List<Entry> entries, boolean solo) {
            this.entries.addAll(entries);
            for (Entry e : entries) e.group = this;
            this.chars = entries.stream().mapToInt(e -> e.text.length()).sum();
            this.solo = solo;
        }
    }

    /** A handle on one Dockerfile's scripts: the results, in the order they were submitted. */
    final class Ticket {
        private final List<Entry> entries;
        private boolean released;

        private Ticket(List<Entry> entries) {
            this.entries = entries;
        }

        /**
         * Waits for every result (starting a process for them now if none runs yet) and lets them go. The
         * groups of scripts shared with other files are wanted too: a lint thread that waits for a script
         * another file queued must not depend on that file's lint thread, or every thread could wait.
         */
        List<Result> await() {
            want(entries);
            List<Result> out = new ArrayList<>(entries.size());
            try {
                for (Entry e : entries) out.add(get(e.result));
            } finally {
                release(this);
            }
            return out;
        }
    }

    private final Path executable;
    private final Duration timeout;
    private final ShellcheckCache cache;
    private final int maxProcesses;

    private final Map<String, Entry> entries = new HashMap<>();
    private final Deque<Group> queue = new ArrayDeque<>();
    private int queuedScripts;
    private int running;
    private boolean flushing;
    private long names;

    /** @param cache where results are kept between runs; null for none */
    ShellcheckBatcher(Path executable, Duration timeout, ShellcheckCache cache, int maxProcesses) {
        this.executable = executable;
        this.timeout = timeout;
        this.cache = cache;
        this.maxProcesses = Math.max(1, maxProcesses);
    }

    /**
     * Queues one Dockerfile's scripts ({@code fileNames}: what each is called in ShellCheck's output
     * when the group is checked alone). A process may start now when enough is queued.
     */
    Ticket submit(List<String> texts, List<String> fileNames) {
        List<Entry> mine = new ArrayList<>(texts.size());
        List<Entry> fresh = new ArrayList<>();
        synchronized (this) {
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                Entry e = entries.get(text);
                if (e == null) {
                    e = new Entry(text, fileNames.get(i));
                    entries.put(text, e);
                    fresh.add(e);
                }
                e.refs++;
                mine.add(e);
            }
            if (!fresh.isEmpty()) {
                queue.add(new Group(fresh, false));
                queuedScripts += fresh.size();
            }
            Ticket t = new Ticket(mine);
            pump();
            return t;
        }
    }

    /** No more scripts are coming for now: start processes for everything queued. */
    synchronized void flush() {
        flushing = true;
        pump();
        flushing = false;
    }

    private synchronized void want(List<Entry> scripts) {
        for (Entry e : scripts) if (!e.result.isDone()) e.group.wanted = true;
        pump();
    }

    private synchronized void release(Ticket t) {
        if (t.released) return;
        t.released = true;
        for (Entry e : t.entries) {
            if (--e.refs == 0 && e.result.isDone()) entries.remove(e.text, e);
        }
    }

    /** Starts processes while a core is free and a batch is worth starting. Holds the lock. */
    private void pump() {
        while (running < maxProcesses && !queue.isEmpty()) {
            boolean wanted = flushing || queue.stream().anyMatch(g -> g.wanted);
            if (!wanted && queuedScripts < MIN_BATCH_SCRIPTS) return;
            List<Group> batch = new ArrayList<>();
            int scripts = 0, chars = 0;
            Group head = queue.peek();
            if (head.solo) {
                batch.add(queue.poll());
                scripts = head.entries.size();
            } else {
                while (!queue.isEmpty()
                        && !queue.peek().solo
                        && (batch.isEmpty()
                                || (scripts + queue.peek().entries.size() <= MAX_BATCH_SCRIPTS
                                        && chars + queue.peek().chars <= MAX_BATCH_CHARS))) {
                    Group g = queue.poll();
                    batch.add(g);
                    scripts += g.entries.size();
                    chars += g.chars;
                }
            }
            queuedScripts -= scripts;
            running++;
            Thread t = new Thread(() -> check(batch), "imgslim-shellcheck");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Runs one process over a batch and hands out the results. */
    private void check(List<Group> batch) {
        List<Entry> all = new ArrayList<>();
        for (Group g : batch) all.addAll(g.entries);
        try {
            Map<String, Entry> byName = new LinkedHashMap<>();
            if (batch.size() == 1) {
                for (Entry e : all) byName.put(e.fileName, e);
            } else {
                synchronized (this) {
                    for (Entry e : all) byName.put("s" + ++names + "-" + e.fileName, e);
                }
            }
            ShellcheckProcess.Outcome outcome =
                    ShellcheckProcess.run(executable, new ArrayList<>(byName.keySet()), texts(byName), timeout);
            if (outcome.timedOut() && batch.size() > 1) {
                // Someone's scripts took too long: give each file its own process and its own time.
                synchronized (this) {
                    for (int i = batch.size() - 1; i >= 0; i--) {
                        Group again = new Group(batch.get(i).entries, true);
                        again.wanted = true;
                        queue.addFirst(again);
                        queuedScripts += again.entries.size();
                    }
                }
                return;
            }
            if (outcome.timedOut()) {
                complete(all, Result.TIMED_OUT);
                return;
            }
            if (outcome.failed()) {
                complete(all, Result.FAILED);
                return;
            }
            Map<Entry, List<ShellcheckProcess.Comment>> comments = new HashMap<>();
            for (ShellcheckProcess.Comment c : outcome.comments()) {
                Entry e = byName.get(c.file());
                if (e != null)
                    comments.computeIfAbsent(e, k -> new ArrayList<>()).add(c);
            }
            for (Entry e : all) {
                List<ShellcheckProcess.Comment> mine = List.copyOf(comments.getOrDefault(e, List.of()));
                if (cache != null) cache.put(e.text, mine);
                complete(List.of(e), new Result(mine, false, false));
            }
        } catch (RuntimeException | Error e) {
            complete(all, Result.FAILED);
            throw e;
        } finally {
            synchronized (this) {
                running--;
                pump();
            }
        }
    }

    private static List<String> texts(Map<String, Entry> byName) {
        List<String> out = new ArrayList<>(byName.size());
        for (Entry e : byName.values()) out.add(e.text);
        return out;
    }

    private void complete(List<Entry> done, Result r) {
        for (Entry e : done) {
            e.result.complete(r);
            synchronized (this) {
                if (e.refs == 0) entries.remove(e.text, e);
            }
        }
    }

    private static Result get(CompletableFuture<Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.FAILED;
        } catch (ExecutionException e) {
            return Result.FAILED;
        }
    }
}
