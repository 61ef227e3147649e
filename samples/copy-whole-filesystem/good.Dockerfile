FROM debian:bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc && mkdir -p /out && cp /usr/bin/gcc /out/

FROM scratch AS flat
COPY --from=build / /

FROM debian:bookworm-slim
COPY --from=build /out/ /usr/local/bin/
# An image, not a stage: imgslim cannot see its base, and images copied whole into / are scratch bundles.
COPY --from=gloursdocker/docker / /
