FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY . .
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .

FROM --platform=${TARGETPLATFORM} gcr.io/distroless/static-debian12
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]

# a stage made for one platform, whose base image says so
FROM --platform=linux/arm64 arm64v8/alpine:3.20 AS arm64-tools
RUN apk add --no-cache file
