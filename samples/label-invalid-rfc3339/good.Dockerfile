FROM debian:bookworm-slim
LABEL org.opencontainers.image.created="2026-11-27T09:40:00Z"
LABEL org.opencontainers.image.created="2026-11-27T10:40:00.123+01:00"
