FROM debian:bookworm AS build
RUN apt-get update && apt-get install -y gcc=4:12.2.0-3 make=4.3-4.1
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends -t bookworm-backports curl=7.88.1-10+deb12u8 jq=1.6-2.1
RUN apt-get install -y ./vendor.deb $EXTRA_PACKAGES
# pkg/suite pins the release the package comes from.
RUN apt-get install -y --no-install-recommends golang-go/bookworm-backports
