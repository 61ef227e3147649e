package dev.imgslim.rules;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Objects shared by every file of one lint run, for facts that depend on the disk and not on the
 * Dockerfile: the entries of a build-context folder are the same for each of the hundreds of
 * Dockerfiles a monorepo keeps in one folder; and what a rule shared by every run of the process keeps
 * for one run (ShellCheck's processes and the cache its results go to). Lives as long as one run (the disk does not change
 * under a lint; {@code fix} starts a new run after it writes). Files are linted on several threads, so
 * what is kept here must be safe to share.
 */
public final class RunCache {
    private final ConcurrentHashMap<Class<?>, Object> objects = new ConcurrentHashMap<>();

    /** The run's object of {@code type}, made by {@code factory} on first use. */
    public <T> T get(Class<T> type, Supplier<T> factory) {
        return type.cast(objects.computeIfAbsent(type, k -> factory.get()));
    }

    /** The run's object of {@code type} if one was made, else null. */
    public <T> T existing(Class<T> type) {
        return type.cast(objects.get(type));
    }

    /**
     * Keeps {@code value} as the run's object of {@code type} unless another thread kept one first, and
     * returns the one kept: with {@link #existing}, the lambda-free form of {@link #get} (see {@link
     * LintContext#sharedOrNull}) for objects that may be made twice in a race, such as caches.
     */
    public <T> T keep(Class<T> type, T value) {
        Object first = objects.putIfAbsent(type, value);
        return type.cast(first != null ? first : value);
    }
}
