ARG GO_IMAGE=golang:1.22-bookworm
FROM ${GO_IMAGE} AS build
RUN go version
RUN go env GOPATH

ARG BASE=debian:bookworm-slim
FROM ${BASE}
RUN echo one > /etc/app-1 \
 && echo two > /etc/app-2 \
 && echo three > /etc/app-3
ENV APP_HOME=/srv/app
RUN --mount=type=cache,target=/var/cache/app echo cached > /etc/app-cached
RUN echo plain > /etc/app-plain
RUN python3 <<EOF
print("hello")
EOF
WORKDIR /srv/app
RUN <<EOF
set -e
echo four > /etc/app-4
echo five > /etc/app-5
echo six > /etc/app-6
EOF
ONBUILD RUN echo downstream-1
ONBUILD RUN echo downstream-2
COPY --from=build /go/bin/ /usr/local/bin/
