FROM golang:1.22 AS builder
RUN go build -o /out/app ./...

FROM golang:1.22 AS test-2
RUN go test ./...

FROM alpine:3.20 AS runtime
COPY --from=builder /out/app /usr/local/bin/app
