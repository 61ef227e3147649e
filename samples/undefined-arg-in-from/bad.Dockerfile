ARG VERSION=3.20
ARG VARIANT

# expect: undefined-arg-in-from "FROM argument 'VERSIN' is not declared (did you mean VERSION?)"
FROM alpine:${VERSIN} AS base

# Declared without a default still counts as declared; automatic platform ARGs need no declaration:
FROM --platform=$BUILDPLATFORM golang:1.22${VARIANT} AS build
ARG DISTRO=bookworm
RUN go build -o /out/app ./...

# An ARG declared inside a stage is not visible to a later FROM:
# expect: undefined-arg-in-from "FROM argument 'DISTRO' is not declared"
FROM debian:${DISTRO}-slim
COPY --from=build /out/app /usr/local/bin/app
