FROM golang:1.22 AS build
RUN go version
FROM debian:bookworm-slim
# expect: copy-from-undefined "no stage 'builder'"
COPY --from=builder /go/bin/app /usr/local/bin/app
# expect: copy-from-undefined "defined later"
COPY --from=assets /srv/www /srv/www
# An image reference is fine:
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/nginx.conf
FROM alpine:3.20 AS assets
RUN mkdir -p /srv/www
