# Builder stage: its layers never ship, so consecutive RUNs here are not reported.
ARG GO_IMAGE=golang:1.22-bookworm
FROM ${GO_IMAGE} AS build
RUN go version
RUN go env GOPATH

# The base is an ARG: resolved through the build model like any FROM.
ARG BASE=debian:bookworm-slim
FROM ${BASE}
RUN echo one > /etc/app-1
# expect: fragmented-run "3 consecutive RUN instructions (from line 10)"
RUN echo two > /etc/app-2
# Comments do not break a group.
RUN echo three > /etc/app-3
ENV APP_HOME=/srv/app
# Different mounts: these cannot simply be joined (quiet).
RUN --mount=type=cache,target=/var/cache/app echo cached > /etc/app-cached
RUN echo plain > /etc/app-plain
# A python heredoc next to a shell RUN: different interpreters, never joined (quiet).
RUN python3 <<EOF
print("hello")
EOF
RUN echo after-python > /etc/app-4
WORKDIR /srv/app
# A shell heredoc and an 'sh -c' string are both shell: they join.
RUN <<EOF
set -e
echo five > /etc/app-5
EOF
# expect: fragmented-run "1 layer fewer"
RUN sh -c 'echo six > /etc/app-6'
# Exec form runs without a shell: joining it changes how it runs (quiet).
RUN ["/bin/true"]
# ONBUILD RUNs run in the builds of downstream images, not in this one (quiet).
ONBUILD RUN echo downstream-1
ONBUILD RUN echo downstream-2
COPY --from=build /go/bin/ /usr/local/bin/
