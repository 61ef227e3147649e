# Comments and parser directives may come first; so may ARG.
ARG BASE=debian:bookworm-slim
# expect: instruction-order "LABEL before the first FROM"
LABEL org.opencontainers.image.title=demo
FROM ${BASE}
LABEL org.opencontainers.image.version=1.0
