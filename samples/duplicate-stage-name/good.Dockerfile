FROM golang:1.22 AS build-server
RUN go build -o /out/server ./cmd/server

FROM golang:1.22 AS build-cli
RUN go build -o /out/cli ./cmd/cli

FROM alpine:3.20
COPY --from=build-server /out/server /usr/local/bin/server
COPY --from=build-cli /out/cli /usr/local/bin/cli
