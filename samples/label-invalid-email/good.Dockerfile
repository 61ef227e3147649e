FROM debian:bookworm-slim
LABEL org.opencontainers.image.authors="team@example.com"
