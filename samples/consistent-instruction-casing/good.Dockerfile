FROM alpine:3.20
RUN apk add --no-cache curl
COPY app.sh /usr/local/bin/app.sh
WORKDIR /srv
CMD ["app.sh"]
