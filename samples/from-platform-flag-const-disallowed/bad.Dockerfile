# expect: from-platform-flag-const-disallowed "FROM --platform flag should not use constant value"
FROM --platform=linux/amd64 golang:1.22 AS build
RUN go build -o /out/app ./...

# The stage name says the pin is deliberate:
FROM --platform=linux/arm64 alpine:3.20 AS runtime-arm64
COPY --from=build /out/app /usr/local/bin/app
