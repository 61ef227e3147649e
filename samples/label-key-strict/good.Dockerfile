FROM debian:bookworm-slim
LABEL com.example.build-date="2026-12-05"
LABEL com.example.team=platform
LABEL com.example.version-two=true
LABEL org.opencontainers.image.title=demo maintainer="team@example.com"
LABEL ${LABEL_NAME}=x
