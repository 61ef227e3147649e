# The unsafe rm move: a download unpacked in one RUN, deleted in a later one.
FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL -o /tmp/node.tar.xz https://nodejs.org/dist/v20.11.0/node-v20.11.0-linux-x64.tar.xz \
    && tar -xJf /tmp/node.tar.xz -C /usr/local --strip-components=1
LABEL org.opencontainers.image.source="https://example.com/app"
RUN rm -f /tmp/node.tar.xz \
    && node --version
ENTRYPOINT ["node"]
