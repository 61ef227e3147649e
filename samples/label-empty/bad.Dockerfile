# Config beside this sample: a label-schema.
FROM debian:bookworm-slim
# expect: label-empty "'org.opencontainers.image.title'"
LABEL org.opencontainers.image.title=""
# A value from a build arg is usually filled at build time: not judged.
ARG VERSION
LABEL org.opencontainers.image.version=$VERSION
