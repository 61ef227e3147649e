FROM alpine:3.20 AS base
ARG VERSION=1.0
COPY app-${VERSION}.tar.gz /opt/
ENV PATH=$PATH:/opt/app/bin
RUN echo "$UNDEFINED_IN_RUN"
ARG TARGETARCH
COPY bin/app-$TARGETARCH /usr/local/bin/app

FROM python:3.12-slim
ARG PY=$PYTHON_VERSION
ENV HOME=/root
WORKDIR $HOME/app

# A private base image may set any ENV: not judged.
FROM registry.example.com/team/base:1
COPY config-$TEAM_ENV.yaml /etc/app/
