package dev.imgslim.analyze;

import dev.imgslim.advice.Bytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The CI gates: {@code --max-size}, {@code --max-wasted}, {@code --max-wasted-percent},
 * {@code --min-efficiency}, and dive's {@code .dive-ci} rules ({@code lowestEfficiency},
 * {@code highestWastedBytes}, {@code highestUserWastedPercent}) when that file is present.
 * A flag wins over the same limit from {@code .dive-ci}.
 *
 * <p>Sizes are the uncompressed bytes a container sees; wasted bytes count each dead copy once;
 * the user wasted percent is wasted bytes over the bytes the Dockerfile's own layers store (the base
 * excluded), where dive takes the first layer as the base.
 */
public final class Gates {

    private Long maxSize;
    private String maxSizeText;
    private Long maxWasted;
    private String maxWastedText;
    private Double maxWastedPercent;
    private String maxWastedPercentText;
    private Double minEfficiency;
    private String minEfficiencyText;
    private final List<String> sources = new ArrayList<>();

    public Gates maxSize(String text) {
        if (text != null) {
            maxSize = Bytes.parse(text);
            maxSizeText = text;
        }
        return this;
    }

    public Gates maxWasted(String text) {
        if (text != null) {
            maxWasted = Bytes.parse(text);
            maxWastedText = text;
        }
        return this;
    }

    public Gates maxWastedPercent(String text) {
        if (text != null) {
            maxWastedPercent = percent(text, "--max-wasted-percent");
            maxWastedPercentText = text;
        }
        return this;
    }

    public Gates minEfficiency(String text) {
        if (text != null) {
            minEfficiency = ratio(text, "--min-efficiency");
            minEfficiencyText = text;
        }
        return this;
    }

    public boolean any() {
        return maxSize != null || maxWasted != null || maxWastedPercent != null || minEfficiency != null;
    }

    /**
     * Reads dive's {@code .dive-ci} (YAML: {@code rules:} with the three keys). Limits already given as
     * flags are kept. {@code highestUserWastedPercent} is a ratio in dive (0.1 = 10%); values may be
     * written as dive accepts them, or {@code disabled}.
     *
     * @throws IllegalArgumentException naming the file and the key for a value that is not a number
     */
    public Gates diveCi(Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) return this;
        sources.add(file.toString());
        com.fasterxml.jackson.databind.JsonNode root;
        try {
            root = new com.fasterxml.jackson.databind.ObjectMapper(
                            new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                    .readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + ":" + e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr() + ": error: not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null) return this;
        com.fasterxml.jackson.databind.JsonNode rules = root.path("rules");
        Optional<String> eff = text(rules, "lowestEfficiency");
        if (eff.isPresent() && minEfficiency == null) {
            minEfficiency = ratio(eff.get(), file + ": lowestEfficiency");
            minEfficiencyText = eff.get() + " (.dive-ci lowestEfficiency)";
        }
        Optional<String> wasted = text(rules, "highestWastedBytes");
        if (wasted.isPresent() && maxWasted == null) {
            maxWasted = Bytes.parse(wasted.get());
            maxWastedText = wasted.get() + " (.dive-ci highestWastedBytes)";
        }
        Optional<String> pct = text(rules, "highestUserWastedPercent");
        if (pct.isPresent() && maxWastedPercent == null) {
            maxWastedPercent = ratio(pct.get(), file + ": highestUserWastedPercent") * 100;
            maxWastedPercentText = pct.get() + " (.dive-ci highestUserWastedPercent)";
        }
        return this;
    }

    /** A rule's value in {@code .dive-ci}; empty when it is missing, blank or {@code disabled}. */
    private static Optional<String> text(com.fasterxml.jackson.databind.JsonNode rules, String key) {
        com.fasterxml.jackson.databind.JsonNode v = rules.get(key);
        if (v == null || v.isNull()) return Optional.empty();
        String s = v.asText().trim();
        return s.isEmpty() || s.equalsIgnoreCase("disabled") ? Optional.empty() : Optional.of(s);
    }

    /** A limit in bytes: "image size 512 MB exceeds --max-size 500MB". */
    private static GateResult bytesGate(
            String gate, long actual, long limit, String limitText, String what, String exceeds) {
        boolean passed = actual <= limit;
        String human = Bytes.human(actual);
        return new GateResult(
                gate,
                limitText,
                human,
                passed,
                what + " " + human + (passed ? " within " : " " + exceeds + " ") + "--" + gate + " " + limitText);
    }

    public List<GateResult> check(Analysis a) {
        List<GateResult> out = new ArrayList<>();
        if (maxSize != null)
            out.add(bytesGate("max-size", a.sizeBytes(), maxSize, maxSizeText, "image size", "exceeds"));
        if (maxWasted != null) {
            out.add(bytesGate("max-wasted", a.wastedBytes(), maxWasted, maxWastedText, "wasted bytes", "exceed"));
        }
        if (maxWastedPercent != null) {
            double p = a.userWastedPercent();
            String ps = String.format(Locale.ROOT, "%.2f%%", p);
            out.add(new GateResult(
                    "max-wasted-percent",
                    maxWastedPercentText,
                    ps,
                    p <= maxWastedPercent,
                    "wasted " + ps + " of the Dockerfile's own layer bytes"
                            + (p <= maxWastedPercent ? " within " : " exceeds ") + "--max-wasted-percent "
                            + maxWastedPercentText));
        }
        if (minEfficiency != null) {
            double e = a.image().efficiency();
            String es = String.format(Locale.ROOT, "%.4f", e);
            out.add(new GateResult(
                    "min-efficiency",
                    minEfficiencyText,
                    es,
                    e >= minEfficiency,
                    "efficiency " + es + (e >= minEfficiency ? " meets " : " is below ") + "--min-efficiency "
                            + minEfficiencyText));
        }
        return out;
    }

    private static double percent(String text, String what) {
        String t = text.trim();
        if (t.endsWith("%")) t = t.substring(0, t.length() - 1).trim();
        try {
            double v = Double.parseDouble(t);
            if (v < 0 || v > 100)
                throw new IllegalArgumentException(what + ": '" + text + "' is not a percentage between 0 and 100");
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": '" + text + "' is not a percentage (e.g. 10 or 10%)");
        }
    }

    private static double ratio(String text, String what) {
        try {
            double v = Double.parseDouble(text.trim());
            if (v < 0 || v > 1)
                throw new IllegalArgumentException(what + ": '" + text + "' is not a ratio between 0 and 1");
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": '" + text + "' is not a number between 0 and 1 (e.g. 0.95)");
        }
    }
}
