FROM alpine:3.20
COPY app /usr/local/bin/app
ENTRYPOINT ["app", "--serve"]
CMD ["--port", "8080"]

FROM alpine:3.20 AS scripted
RUN apk add --no-cache bash
SHELL ["/bin/bash", "-c"]
CMD echo "hello from bash"

FROM alpine:3.20 AS exec-form
CMD exec app --serve
