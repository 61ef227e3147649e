FROM node:20-bookworm-slim AS build
COPY . /src
RUN chown -R node:node /src

FROM debian:bookworm-slim
COPY --chown=10001:0 app/ /app/
COPY --chmod=0644 config/ /etc/myapp/
RUN mkdir -p /var/lib/myapp && chown -R 10001:10001 /var/lib/myapp
COPY --chmod=0755 entrypoint.sh /entrypoint.sh
WORKDIR /app
COPY --from=build /src/package.json /app/package.json
