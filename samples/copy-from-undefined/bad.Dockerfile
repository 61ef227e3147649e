FROM golang:1.22 AS build
RUN go version
FROM debian:bookworm-slim
# expect: copy-from-undefined "no stage 'builder' is defined"
COPY --from=builder /go/bin/app /usr/local/bin/app
# A stage defined further down is fine: BuildKit resolves --from over the whole file (hadolint does not).
COPY --from=assets /srv/www /srv/www
# An image reference is fine:
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/nginx.conf
FROM alpine:3.20 AS assets
RUN mkdir -p /srv/www
