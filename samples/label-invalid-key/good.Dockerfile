FROM debian:bookworm-slim
LABEL maintainer="team@example.com"
LABEL org.example.team=platform
LABEL org.opencontainers.image.title=demo
