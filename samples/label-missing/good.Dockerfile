FROM golang:1.22 AS build
RUN go version

FROM debian:bookworm-slim AS base
LABEL org.opencontainers.image.title=demo \
      org.opencontainers.image.url=https://example.com/demo \
      org.opencontainers.image.created=2026-11-27T09:40:00Z

# Labels of the stage this one is built FROM are inherited:
FROM base
ARG REVISION
LABEL org.opencontainers.image.licenses=Apache-2.0 \
      org.opencontainers.image.revision=${REVISION} \
      org.opencontainers.image.version=1.4.2 \
      org.opencontainers.image.authors=team@example.com
