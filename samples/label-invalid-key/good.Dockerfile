FROM debian:bookworm-slim
LABEL maintainer="team@example.com"
LABEL org.example.team=platform
LABEL org.opencontainers.image.title=demo
# Docker documents '_' and '/' as key characters.
LABEL com.example.build_id=42 io.k8s/display-name=demo
