FROM debian:bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc

# Flattening into scratch duplicates nothing:
FROM scratch AS flat
COPY --from=build / /

FROM debian:bookworm-slim
# expect: copy-whole-filesystem "stage 'build'"
COPY --from=build / /
