FROM golang:1.22 AS build
RUN go build -o /out/server ./cmd/server

# expect: duplicate-stage-name "stage names should be unique"
FROM golang:1.22 AS Build
RUN go build -o /out/cli ./cmd/cli

FROM alpine:3.20
COPY --from=build /out/server /usr/local/bin/server
