FROM alpine:3.20 AS base
ARG VERSION=1.0
# expect: undefined-var "Usage of undefined variable '$VERSOIN' (did you mean $VERSION?)"
COPY app-${VERSOIN}.tar.gz /opt/
# expect: undefined-var "Usage of undefined variable '$PAHT' (did you mean $PATH?)"
ENV PATH=$PAHT:/opt/app/bin
# The shell expands variables in RUN, so RUN is not judged:
RUN echo "$UNDEFINED_IN_RUN"
# Automatic platform ARGs must be declared in the stage to be expanded:
# expect: undefined-var "Usage of undefined variable '$TARGETARCH'"
COPY bin/app-$TARGETARCH /usr/local/bin/app

FROM python:3.12-slim
# Set by the python image itself:
ARG PY=$PYTHON_VERSION
# expect: undefined-var "Usage of undefined variable '$HOME'"
WORKDIR $HOME/app
# An escaped or single-quoted dollar is not a reference:
COPY \$LITERAL '$ALSO_LITERAL' /opt/

# A private base image may set any ENV, so its stages are not judged:
FROM registry.example.com/team/base:1
COPY config-$TEAM_ENV.yaml /etc/app/
