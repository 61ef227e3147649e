# A builder stage tied to the machine that builds: the cross-compiling idiom, fine.
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY . .
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .

# expect: from-platform-flag "pins this stage to one platform"
FROM --platform=linux/amd64 gcr.io/distroless/static-debian12
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
