FROM golang:1.22-bookworm AS build-app
RUN mkdir -p /out/lib && go build -o /out/app ./cmd/app

FROM debian:bookworm-slim AS build-tools
RUN mkdir -p /out/data && echo tool > /out/tool

# The final stage is itself a FROM scratch collector: nothing to gather (quiet).
FROM scratch
COPY --from=build-app /out/app /usr/local/bin/app
COPY --from=build-app /out/lib/ /usr/local/lib/
COPY --from=build-tools /out/tool /usr/local/bin/tool
COPY --from=build-tools /out/data/ /usr/local/share/tool/
