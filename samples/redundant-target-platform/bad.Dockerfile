# The build platform is the useful cross-compilation idiom, not reported:
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
RUN go build -o /out/app ./...

# expect: redundant-target-platform "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior"
FROM --platform=$TARGETPLATFORM alpine:3.20
COPY --from=build /out/app /usr/local/bin/app
