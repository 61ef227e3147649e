FROM debian:bookworm-slim
LABEL org.opencontainers.image.title=demo
