package dev.imgslim.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Declares a command in code with picocli's programmatic model instead of annotations: building it
 * reads no annotation by reflection (each annotation type picocli reads costs a generated proxy class
 * that the CDS archive cannot keep), and an option shared by several commands is written once, in the
 * group that adds it ({@link ConfigOption}, {@link BuildOptions}, {@link ImageOptions}, ...).
 */
final class Declare {
    private static final String EXIT_CODES_HEADING = "%nExit codes:%n";

    final CommandSpec spec;

    private Declare(CommandSpec spec) {
        this.spec = spec;
    }

    /**
     * A command that runs {@code command} (a {@code Callable<Integer>} or a {@code Runnable}), with
     * {@code -h/--help} and {@code -V/--version} as picocli's standard help options have them.
     */
    static Declare command(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description);
        spec.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build());
        spec.addOption(OptionSpec.builder("-V", "--version")
                .versionHelp(true)
                .description("Print version information and exit.")
                .build());
        return new Declare(spec);
    }

    /** The exit code list of the help, each entry {@code "code:meaning"}. */
    Declare exitCodes(String... entries) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            codes.put(entry.substring(0, colon), entry.substring(colon + 1));
        }
        spec.usageMessage().exitCodeListHeading(EXIT_CODES_HEADING).exitCodeList(codes);
        return this;
    }

    /** An option without a value. */
    Opt<Boolean> flag(String description, String... names) {
        return add(OptionSpec.builder(names).type(boolean.class), null, description, Boolean.FALSE);
    }

    /** An option with one value of a type picocli converts itself (String, Path, int, an enum). */
    <T> Opt<T> option(Class<T> type, String label, String description, String... names) {
        return add(OptionSpec.builder(names).type(type), label, description, null);
    }

    /** An option with one value that {@code converter} reads. */
    <T> Opt<T> option(ITypeConverter<T> converter, String label, String description, String... names) {
        return add(OptionSpec.builder(names).type(Object.class).converters(converter), label, description, null);
    }

    /** An option with one value and a default ({@code ${DEFAULT-VALUE}} in the description shows it). */
    <T> Opt<T> defaulted(Class<T> type, String fallback, String label, String description, String... names) {
        return add(OptionSpec.builder(names).type(type).defaultValue(fallback), label, description, null);
    }

    /** {@link #defaulted(Class, String, String, String, String...)} read by {@code converter}. */
    <T> Opt<T> defaulted(
            ITypeConverter<T> converter, String fallback, String label, String description, String... names) {
        return add(
                OptionSpec.builder(names)
                        .type(Object.class)
                        .converters(converter)
                        .defaultValue(fallback),
                label,
                description,
                null);
    }

    /** {@code -o/--output FILE}: where a command writes its report. */
    Opt<Path> output(String description) {
        return option(Path.class, "FILE", description, "-o", "--output");
    }

    /** A repeatable option; {@code split} (a regex, or null) also splits each value. */
    <T> Opt<List<T>> repeated(
            ITypeConverter<T> converter, String split, String label, String description, String... names) {
        OptionSpec.Builder b = OptionSpec.builder(names)
                .type(List.class)
                .auxiliaryTypes(Object.class)
                .converters(converter);
        if (split != null) b.splitRegex(split);
        return add(b, label, description, List.of());
    }

    /** A repeatable option of plain words; {@code split} (a regex, or null) also splits each value. */
    Opt<List<String>> words(String split, String label, String description, String... names) {
        return repeated(new Converters.AsIs(), split, label, description, names);
    }

    /** A positional parameter. */
    <T> Opt<T> positional(Class<T> type, String arity, String label, String description) {
        return add(PositionalParamSpec.builder().type(type).arity(arity), label, description, null);
    }

    /** Positional parameters, as many as {@code arity} allows. */
    Opt<List<String>> positionals(String arity, String label, String description) {
        return add(
                PositionalParamSpec.builder()
                        .type(List.class)
                        .auxiliaryTypes(String.class)
                        .arity(arity),
                label,
                description,
                List.of());
    }

    private <T> Opt<T> add(OptionSpec.Builder builder, String label, String description, T absent) {
        builder.description(description);
        if (label != null) builder.paramLabel(label);
        OptionSpec option = builder.build();
        spec.addOption(option);
        return new Opt<>(option, absent);
    }

    private <T> Opt<T> add(PositionalParamSpec.Builder builder, String label, String description, T absent) {
        // Annotations make a parameter with a minimum arity required; the programmatic model must be told.
        PositionalParamSpec parameter = builder.description(description)
                .paramLabel(label)
                .required(builder.arity().min() > 0)
                .build();
        spec.addPositional(parameter);
        return new Opt<>(parameter, absent);
    }
}
