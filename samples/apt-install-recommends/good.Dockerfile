FROM debian:bookworm AS build
RUN apt-get update && apt-get install -y build-essential && rm -rf /var/lib/apt/lists/*

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl jq \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/bin/make /usr/local/bin/make
