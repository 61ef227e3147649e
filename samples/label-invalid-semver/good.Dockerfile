FROM debian:bookworm-slim
LABEL org.opencontainers.image.version=1.4.0
LABEL org.opencontainers.image.version=2.0.0-rc.1+build.5
