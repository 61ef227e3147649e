# Config beside this sample: a label-schema (see bad.Dockerfile.imgslim.yaml).
# Builder stages are not judged: their labels never ship.
FROM golang:1.22 AS build
RUN go version

# expect: label-missing "'org.opencontainers.image.authors', 'org.opencontainers.image.created'"
FROM debian:bookworm-slim
LABEL org.opencontainers.image.title=demo
