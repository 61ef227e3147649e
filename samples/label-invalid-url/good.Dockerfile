FROM debian:bookworm-slim
LABEL org.opencontainers.image.url=https://example.com/demo
