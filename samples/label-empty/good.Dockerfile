FROM debian:bookworm-slim
LABEL org.opencontainers.image.title="demo"
ARG VERSION
LABEL org.opencontainers.image.version=$VERSION
