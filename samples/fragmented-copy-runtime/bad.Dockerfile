FROM golang:1.22-bookworm AS build-app
RUN mkdir -p /out/lib && go build -o /out/app ./cmd/app

FROM debian:bookworm-slim AS build-tools
RUN mkdir -p /out/data && echo tool > /out/tool

# Several COPY --from in a builder stage: only the final stage is reported (quiet).
FROM debian:bookworm-slim AS test
COPY --from=build-app /out/app /usr/local/bin/app
COPY --from=build-tools /out/tool /usr/local/bin/tool
COPY --from=build-tools /out/data/ /usr/local/share/tool/

FROM debian:bookworm-slim
# expect: fragmented-copy-runtime "3 layers fewer"
COPY --from=build-app /out/app /usr/local/bin/app
COPY --from=build-app /out/lib/ /usr/local/lib/
# A COPY from the build context does not count: it changes at its own pace.
COPY config.yaml /etc/app/config.yaml
COPY --from=build-tools /out/tool /usr/local/bin/tool
COPY --from=build-tools /out/data/ /usr/local/share/tool/
