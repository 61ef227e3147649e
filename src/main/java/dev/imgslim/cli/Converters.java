package dev.imgslim.cli;

import dev.imgslim.config.Severity;
import dev.imgslim.probe.DurationParser;
import dev.imgslim.probe.Platform;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Typed option values: picocli turns a failed conversion into a usage error (exit 2) naming the option.
 * Each reads its value as {@link OptionValues} (or the type's own parser) says, and turns the {@link
 * IllegalArgumentException} of a bad value into picocli's {@link TypeConversionException}, whose message picocli
 * prints after the option's name.
 *
 * <p>Every converter is a named class, never a lambda or method reference: a lambda of a picocli interface
 * (compiled for Java 5) makes the JDK 17 class-data dump link that interface while generating the lambda's
 * class, and a linked pre-Java-6 class is left out of the archive, with every class implementing it (picocli's
 * ~25 built-in converters, its default handlers). They were then read and verified from the jar on every run.
 * Nor a method reference handed to a shared wrapper: each costs an {@code invokedynamic} link when this
 * class is first used.
 */
final class Converters {
    private Converters() {}

    /** error, warning, info, style. */
    static final ITypeConverter<Severity> SEVERITY = new SeverityConverter();

    /** 500MB, 1.5GB, 800MiB, a bare number of bytes. */
    static final ITypeConverter<Long> BYTE_SIZE = new ByteSizeConverter();

    /** 500ms, 30s, 2m, PT30S. */
    static final ITypeConverter<Duration> DURATION = new DurationConverter();

    /** os/arch[/variant], e.g. linux/arm64/v8. */
    static final ITypeConverter<Platform> PLATFORM = new PlatformConverter();

    /** One {@code --severity RULE=LEVEL}. */
    static final ITypeConverter<RuleSeverity> RULE_SEVERITY = new RuleSeverityConverter();

    /** The message of a value that does not read, as picocli's conversion error. */
    private static TypeConversionException unreadable(IllegalArgumentException e) {
        return new TypeConversionException(e.getMessage());
    }

    private static final class SeverityConverter implements ITypeConverter<Severity> {
        @Override
        public Severity convert(String text) {
            try {
                return OptionValues.severity(text);
            } catch (IllegalArgumentException e) {
                throw unreadable(e);
            }
        }
    }

    private static final class ByteSizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            try {
                return OptionValues.positiveBytes(text);
            } catch (IllegalArgumentException e) {
                throw unreadable(e);
            }
        }
    }

    private static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            try {
                return DurationParser.parse(text);
            } catch (IllegalArgumentException e) {
                throw unreadable(e);
            }
        }
    }

    private static final class PlatformConverter implements ITypeConverter<Platform> {
        @Override
        public Platform convert(String text) {
            try {
                return Platform.parse(text);
            } catch (IllegalArgumentException e) {
                throw unreadable(e);
            }
        }
    }

    private static final class RuleSeverityConverter implements ITypeConverter<RuleSeverity> {
        @Override
        public RuleSeverity convert(String text) {
            try {
                return OptionValues.ruleSeverity(text);
            } catch (IllegalArgumentException e) {
                throw unreadable(e);
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
            try {
                return BuildArg.parse(text);
            } catch (IllegalArgumentException e) {
                throw unreadable(e);
            }
        }
    }
}
