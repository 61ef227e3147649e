FROM golang:1.22 AS build
RUN go version
FROM alpine:3.20 AS assets
RUN mkdir -p /srv/www
FROM debian:bookworm-slim
COPY --from=build /go/bin/app /usr/local/bin/app
COPY --from=assets /srv/www /srv/www
COPY --from=0 /usr/local/go/VERSION /go-version
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/nginx.conf
