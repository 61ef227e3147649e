# syntax=docker/dockerfile:1
ARG BASE=debian:bookworm-slim
FROM ${BASE}
LABEL org.opencontainers.image.title=demo
