# A builder stage whose clone never ships (quiet).
FROM golang:1.22-bookworm AS build
RUN git clone https://github.com/acme/tool.git /src/tool && cd /src/tool && go build -o /out/tool .

FROM python:3.12-slim
WORKDIR /opt
# expect: git-clone-with-history "without --depth 1"
RUN git clone https://github.com/acme/models.git
# expect: git-clone-with-history "/srv/app/.git"
RUN git clone --branch v1.2.0 https://github.com/acme/app.git /srv/app && pip install --no-cache-dir /srv/app
# Shallow, partial, or cleaned up in the same RUN (quiet):
RUN git clone --depth 1 https://github.com/acme/lib.git /opt/lib
RUN git clone --filter=blob:none https://github.com/acme/docs.git /opt/docs
RUN git clone https://github.com/acme/plugin.git /tmp/plugin && pip install --no-cache-dir /tmp/plugin && rm -rf /tmp/plugin
RUN git clone https://github.com/acme/conf.git /etc/acme && rm -rf /etc/acme/.git
COPY --from=build /out/tool /usr/local/bin/tool
# pushd/popd are not followed, but removing the same word is understood (quiet):
RUN git clone https://github.com/gabime/spdlog.git build-env && pushd build-env && make install && popd && rm -rf build-env
