package dev.imgslim.cli;

import dev.imgslim.advice.Bytes;
import dev.imgslim.config.Severity;
import dev.imgslim.probe.DurationParser;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Typed option values: picocli turns a failed conversion into a usage error (exit 2) naming the option. */
final class Converters {
    private Converters() {}

    /** error, warning, info, style. */
    static final class SeverityConverter implements ITypeConverter<Severity> {
        @Override
        public Severity convert(String text) {
            try {
                return Severity.parse(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** 500MB, 1.5GB, 800MiB, a bare number of bytes. */
    static final class ByteSizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            try {
                long n = Bytes.parse(text);
                if (n <= 0) throw new TypeConversionException("'" + text + "' must be more than 0 bytes");
                return n;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** 500ms, 30s, 2m, PT30S. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            try {
                return DurationParser.parse(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** One {@code --severity RULE=LEVEL}. */
    record RuleSeverity(String rule, Severity severity) {}

    static final class RuleSeverityConverter implements ITypeConverter<RuleSeverity> {
        @Override
        public RuleSeverity convert(String text) {
            int eq = text.indexOf('=');
            if (eq <= 0 || text.substring(0, eq).isBlank()) {
                throw new TypeConversionException("expected RULE=LEVEL, e.g. DL3008=error, not '" + text + "'");
            }
            return new RuleSeverity(
                    text.substring(0, eq).trim(), new SeverityConverter().convert(text.substring(eq + 1)));
        }
    }
}
