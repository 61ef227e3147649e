# Builder stage: a fat toolchain on purpose, never shipped (quiet).
FROM debian:bookworm AS build
RUN apt-get update && apt-get install -y build-essential && rm -rf /var/lib/apt/lists/*

FROM debian:bookworm-slim
# expect: apt-install-recommends "--no-install-recommends"
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
# expect: apt-install-recommends "typically 9-30 %"
RUN apt-get update && apt-get install -y jq && rm -rf /var/lib/apt/lists/*
# The option form counts (quiet).
RUN apt-get update && apt-get install -y -o APT::Install-Recommends=false git && rm -rf /var/lib/apt/lists/*
# Installing a local .deb only (quiet).
RUN apt-get install -y ./vendor.deb
# expect: apt-install-recommends
RUN sh -c 'apt-get update && apt install -y python3 && rm -rf /var/lib/apt/lists/*'
# ONBUILD RUN runs in downstream builds (quiet).
ONBUILD RUN apt-get update && apt-get install -y vim
# Once apt is configured not to install recommends, later installs are quiet:
RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99no-recommends
RUN apt-get update && apt-get install -y less && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/bin/make /usr/local/bin/make
