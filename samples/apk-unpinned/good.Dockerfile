FROM alpine:3.20
RUN apk add --no-cache --virtual .build-deps curl=8.9.1-r1 git=2.45.2-r0
