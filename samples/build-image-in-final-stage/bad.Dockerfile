# The builder uses the Go toolchain on purpose; it does not ship. Quiet.
FROM golang:1.25 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app

# The final stage copies the binary but is still FROM the toolchain image.
# expect: build-image-in-final-stage "golang:1.25 is a build image"
FROM golang:1.25
# expect: build-image-in-final-stage "puts a build toolchain (gcc, make)"
RUN apt-get update && apt-get install -y --no-install-recommends gcc make \
 && rm -rf /var/lib/apt/lists/*
# Installed and removed in the same RUN: nothing of it ships. Quiet.
RUN apk add --no-cache --virtual .build-deps clang cmake && make -C /src/tool && apk del .build-deps
COPY --from=build /out/app /usr/local/bin/app
ENTRYPOINT ["/usr/local/bin/app"]
