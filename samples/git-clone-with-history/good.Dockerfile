FROM golang:1.22-bookworm AS build
RUN git clone https://github.com/acme/tool.git /src/tool && cd /src/tool && go build -o /out/tool .

FROM python:3.12-slim
WORKDIR /opt
RUN git clone --depth 1 https://github.com/acme/models.git \
 && git clone --depth 1 --branch v1.2.0 https://github.com/acme/app.git /srv/app \
 && pip install --no-cache-dir /srv/app && rm -rf /srv/app \
 && git clone https://github.com/acme/plugin.git /tmp/plugin && pip install --no-cache-dir /tmp/plugin && rm -rf /tmp/plugin
COPY --from=build /out/tool /usr/local/bin/tool
