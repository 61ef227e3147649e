package dev.imgslim.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonReporterTest {

    static JsonNode parse(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void matchesGolden() {
        Golden.assertMatches("json", Samples.render("json", Samples.mixed()));
    }

    @Test
    void parsesAndRoundTripsTrickyText() throws Exception {
        JsonNode root = parse(Samples.render("json", Samples.mixed()));
        assertThat(root.get("version").asInt()).isEqualTo(1);
        JsonNode copy = root.get("findings").get(4);
        assertThat(copy.get("code").asText()).isEqualTo("IS010");
        assertThat(copy.get("message").asText())
                .isEqualTo(Samples.mixed().findings().get(2).message());
        assertThat(root.get("findings").get(6).get("file").asText()).isEqualTo("services/café/Dockerfile");
    }

    @Test
    void optionalKeysAreAbsentNotNull() throws Exception {
        JsonNode findings = parse(Samples.render("json", Samples.mixed())).get("findings");
        JsonNode withSavings = findings.get(0);
        assertThat(withSavings.get("savingsBytes").asLong()).isEqualTo(880_400_000L);
        assertThat(withSavings.get("savingsSource").asText()).isEqualTo("catalog");
        assertThat(withSavings.get("fixes").get(0).get("safety").asText()).isEqualTo("unsafe");
        JsonNode without = findings.get(1);
        assertThat(without.has("savingsBytes")).isFalse();
        assertThat(without.has("fixes")).isFalse();
    }

    @Test
    void summaryAndErrors() throws Exception {
        JsonNode root = parse(Samples.render("json", Samples.mixed()));
        JsonNode s = root.get("summary");
        assertThat(s.get("files").asInt()).isEqualTo(4);
        assertThat(s.get("findings").asInt()).isEqualTo(7);
        assertThat(s.get("error").asInt()).isEqualTo(1);
        assertThat(s.get("warning").asInt()).isEqualTo(2);
        assertThat(s.get("info").asInt()).isEqualTo(3);
        assertThat(s.get("style").asInt()).isEqualTo(1);
        // Samples.mixed() has a compressed figure (880.4 MB) and two on-disk ones (24.8 MB + 12 kB): kept apart.
        assertThat(s.get("savingsBytes").get("compressed").asLong()).isEqualTo(880_400_000L);
        assertThat(s.get("savingsBytes").get("onDisk").asLong()).isEqualTo(24_812_000L);
        assertThat(root.get("errors").get(0).get("file").asText()).isEqualTo("broken/Dockerfile");
    }

    @Test
    void cleanResultIsStillAWholeDocument() throws Exception {
        JsonNode root = parse(Samples.render("json", Samples.clean()));
        assertThat(root.get("findings").isArray()).isTrue();
        assertThat(root.get("findings")).isEmpty();
        assertThat(root.get("summary").get("files").asInt()).isEqualTo(1);
    }
}
