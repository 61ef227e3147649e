ARG VERSION=3.20
ARG VARIANT
ARG DISTRO=bookworm

FROM alpine:${VERSION} AS base

FROM --platform=$BUILDPLATFORM golang:1.22${VARIANT} AS build
RUN go build -o /out/app ./...

FROM debian:${DISTRO}-slim
COPY --from=build /out/app /usr/local/bin/app
