FROM golang:1.22-bookworm AS build-app
RUN mkdir -p /out/lib && go build -o /out/app ./cmd/app

FROM debian:bookworm-slim AS build-tools
RUN mkdir -p /out/data && echo tool > /out/tool

# One stage gathers what ships; the final stage copies it in one layer.
FROM scratch AS assembly
COPY --from=build-app /out/app /usr/local/bin/app
COPY --from=build-app /out/lib/ /usr/local/lib/
COPY --from=build-tools /out/tool /usr/local/bin/tool
COPY --from=build-tools /out/data/ /usr/local/share/tool/

FROM debian:bookworm-slim
COPY --from=assembly / /
COPY config.yaml /etc/app/config.yaml
