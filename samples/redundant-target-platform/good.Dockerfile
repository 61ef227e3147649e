FROM --platform=$BUILDPLATFORM golang:1.22 AS build
RUN go build -o /out/app ./...

FROM alpine:3.20
COPY --from=build /out/app /usr/local/bin/app
