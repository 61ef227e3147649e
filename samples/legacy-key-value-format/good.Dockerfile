FROM alpine:3.20
ENV APP_HOME=/srv/app
LABEL maintainer="Jane Doe"
ENV MODE=production LOG_LEVEL=info
