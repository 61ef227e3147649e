# One stage builds the binary and ships the whole Go toolchain with it.
FROM golang:1.25
WORKDIR /src
COPY . .
# expect: missing-multi-stage "'go build' runs in the final stage"
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app ./cmd/app
ENTRYPOINT ["/usr/local/bin/app"]
