package dev.imgslim.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A final-stage base for a toolchain image: a Go build stage should not ship, its binary should
 * run on {@code gcr.io/distroless/static} or {@code scratch}.
 *
 * @param image template for the image, may use the matched placeholders
 *              ({@code eclipse-temurin:{jdk}-jre}); skipped when a placeholder is missing
 * @param when  the condition under which it works, e.g. {@code CGO_ENABLED=0}
 * @param lacks what the application loses there (shell, ca-certificates, ...)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RuntimeBase(String image, String when, List<String> lacks) {

    public RuntimeBase {
        lacks = lacks == null ? List.of() : List.copyOf(lacks);
    }
}
