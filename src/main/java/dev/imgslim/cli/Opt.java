package dev.imgslim.cli;

import picocli.CommandLine.Model.ArgSpec;

/**
 * A declared option or parameter, read after parsing: what the command line gave, its default, or
 * {@code absent} when neither (empty for lists, false for flags, null otherwise).
 */
final class Opt<T> {
    private final ArgSpec arg;
    private final T absent;

    Opt(ArgSpec arg, T absent) {
        this.arg = arg;
        this.absent = absent;
    }

    T get() {
        T value = arg.getValue();
        return value != null ? value : absent;
    }
}
