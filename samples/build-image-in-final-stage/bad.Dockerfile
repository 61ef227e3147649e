# The builder uses the Go toolchain on purpose; it does not ship. Quiet.
FROM golang:1.25 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app

# The final stage copies the binary but is still FROM the toolchain image.
# expect: build-image-in-final-stage "golang:1.25 is a build image and the final stage is based on it"
FROM golang:1.25
COPY --from=build /out/app /usr/local/bin/app
ENTRYPOINT ["/usr/local/bin/app"]
