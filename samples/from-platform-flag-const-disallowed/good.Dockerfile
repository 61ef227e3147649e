FROM --platform=$BUILDPLATFORM golang:1.22 AS build
RUN go build -o /out/app ./...

FROM --platform=linux/arm64 alpine:3.20 AS runtime-arm64
COPY --from=build /out/app /usr/local/bin/app
