package dev.imgslim.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The repository:tag templates that both recognise and write references. */
class CatalogTemplateTest {

    private static final Map<String, String> PARTS = Map.of("version", "\\d+(?:\\.\\d+)*", "os", "bookworm|trixie");

    @Test
    void matchesAndWritesBack() {
        TagTemplate t = TagTemplate.compile("python:{version}-slim-{os}", PARTS);
        assertThat(t.names()).containsExactly("version", "os");
        Map<String, String> values = t.match("python:3.12.4-slim-bookworm").orElseThrow();
        assertThat(values).containsExactly(Map.entry("version", "3.12.4"), Map.entry("os", "bookworm"));
        assertThat(t.render(values)).contains("python:3.12.4-slim-bookworm");
        assertThat(t.match("python:3.12.4-slim")).isEmpty();
        assertThat(t.matchesRepository("python")).isTrue();
        assertThat(t.matchesRepository("pythonx")).isFalse();
    }

    @Test
    void literalTextIsNotARegex() {
        TagTemplate t = TagTemplate.compile("nvidia/cuda:{version}-base-{os}", Map.of("os", "ubuntu\\d+\\.\\d+"));
        assertThat(t.match("nvidia/cuda:12.4.1-base-ubuntu22.04")).isPresent();
        assertThat(t.match("nvidia/cuda:12.4.1xbase-ubuntu22.04")).isEmpty();
    }

    @Test
    void renderRefusesValuesThatDoNotFitTheSlot() {
        TagTemplate t = TagTemplate.compile("eclipse-temurin:{version}-jre-{os}", Map.of("os", "noble|jammy"));
        assertThat(t.render(Map.of("version", "17", "os", "bullseye"))).isEmpty();
        assertThat(t.render(Map.of("version", "17"))).isEmpty();
        assertThat(t.render(Map.of("version", "17", "os", "jammy"))).contains("eclipse-temurin:17-jre-jammy");
    }

    @Test
    void inlineRegexesMayContainColonsAndNarrowOneSlot() {
        TagTemplate t =
                TagTemplate.compile("mcr.microsoft.com/dotnet/aspnet:{version}-{os=(?:jammy|noble)}-chiseled", PARTS);
        assertThat(t.match("mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled"))
                .isPresent();
        assertThat(t.match("mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-chiseled"))
                .isEmpty();
        assertThat(t.render(Map.of("version", "8.0", "os", "bookworm"))).isEmpty();
        assertThat(TagTemplate.tagSeparator("localhost:5000/x")).isEqualTo(-1);
        assertThat(TagTemplate.tagSeparator("localhost:5000/x:{v=(?:a|b)}")).isEqualTo(16);
    }

    @Test
    void badTemplatesAreRejectedWithTheirText() {
        assertThatThrownBy(() -> TagTemplate.compile("python", PARTS)).hasMessageContaining("repository:tag");
        assertThatThrownBy(() -> TagTemplate.compile("python:{nope}", PARTS)).hasMessageContaining("{nope}");
        assertThatThrownBy(() -> TagTemplate.compile("python:{version}-{version}", PARTS))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> TagTemplate.compile("python:{v=(}", PARTS)).hasMessageContaining("python:{v=(}");
    }
}
