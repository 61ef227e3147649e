package dev.imgslim.cli;

import dev.imgslim.advice.Bytes;
import dev.imgslim.config.Severity;
import dev.imgslim.probe.DurationParser;
import dev.imgslim.probe.Platform;
import java.time.Duration;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Typed option values: picocli turns a failed conversion into a usage error (exit 2) naming the option.
 *
 * <p>Every converter is a named class, never a lambda or method reference: a lambda of a picocli interface
 * (compiled for Java 5) makes the JDK 17 class-data dump link that interface while generating the lambda's
 * class, and a linked pre-Java-6 class is left out of the archive, with every class implementing it (picocli's
 * ~25 built-in converters, its default handlers). They were then read and verified from the jar on every run.
 */
final class Converters {
    private Converters() {}

    /** error, warning, info, style. */
    static final ITypeConverter<Severity> SEVERITY = parsing(Severity::parse);

    /** 500MB, 1.5GB, 800MiB, a bare number of bytes. */
    static final ITypeConverter<Long> BYTE_SIZE = parsing(Converters::positiveBytes);

    /** 500ms, 30s, 2m, PT30S. */
    static final ITypeConverter<Duration> DURATION = parsing(DurationParser::parse);

    /** os/arch[/variant], e.g. linux/arm64/v8. */
    static final ITypeConverter<Platform> PLATFORM = parsing(Platform::parse);

    /** One {@code --severity RULE=LEVEL}. */
    static final ITypeConverter<RuleSeverity> RULE_SEVERITY = new RuleSeverityConverter();

    /**
     * A converter over a parser that throws {@link IllegalArgumentException} with a message fit for the user:
     * picocli prints that message as a usage error naming the option.
     */
    static <T> ITypeConverter<T> parsing(Function<String, T> parser) {
        return new Parsing<>(parser);
    }

    /** See {@link #parsing}. */
    private static final class Parsing<T> implements ITypeConverter<T> {
        private final Function<String, T> parser;

        Parsing(Function<String, T> parser) {
            this.parser = parser;
        }

        @Override
        public T convert(String text) {
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The text as it is (a plain word). */
    static final class AsIs implements ITypeConverter<String> {
        @Override
        public String convert(String text) {
            return text;
        }
    }

    /** One {@code --build-arg}: {@link BuildArg#parse} says what is wrong itself. */
    static final class BuildArgConverter implements ITypeConverter<BuildArg> {
        @Override
        public BuildArg convert(String text) {
            return BuildArg.parse(text);
        }
    }

    private static final class RuleSeverityConverter implements ITypeConverter<RuleSeverity> {
        @Override
        public RuleSeverity convert(String text) throws Exception {
            return ruleSeverity(text);
        }
    }

    private static long positiveBytes(String text) {
        long n = Bytes.parse(text);
        if (n <= 0) throw new IllegalArgumentException("'" + text + "' must be more than 0 bytes");
        return n;
    }

    /** One {@code --severity RULE=LEVEL}. */
    record RuleSeverity(String rule, Severity severity) {}

    private static RuleSeverity ruleSeverity(String text) throws Exception {
        int eq = text.indexOf('=');
        if (eq <= 0 || text.substring(0, eq).isBlank()) {
            throw new TypeConversionException("expected RULE=LEVEL, e.g. DL3008=error, not '" + text + "'");
        }
        return new RuleSeverity(text.substring(0, eq).trim(), SEVERITY.convert(text.substring(eq + 1)));
    }
}
