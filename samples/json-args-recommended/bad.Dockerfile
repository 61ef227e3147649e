FROM alpine:3.20
COPY app /usr/local/bin/app
# expect: json-args-recommended "JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals"
ENTRYPOINT app --serve
# expect: json-args-recommended "JSON arguments recommended for CMD"
CMD app --port 8080

# A stage that chose its shell explicitly is not reported:
FROM alpine:3.20 AS scripted
RUN apk add --no-cache bash
SHELL ["/bin/bash", "-c"]
CMD echo "hello from bash"

# exec replaces the shell with the program, which then receives the signals (BuildKit reports it; we do not):
FROM alpine:3.20 AS exec-form
CMD exec app --serve
