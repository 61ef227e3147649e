FROM alpine:3.20 AS tools
RUN apk add --no-cache curl jq git

FROM fedora:40 AS rpm-tools
RUN dnf install -y make gcc && dnf clean all

FROM python:3.12-slim
ENV PIP_NO_CACHE_DIR=1
RUN pip install numpy requests
COPY --from=tools / /opt/tools-root/
RUN --mount=type=cache,target=/root/.cache/uv uv pip install --system httpx
COPY --from=rpm-tools / /opt/rpm-root/
RUN npm ci && npm cache clean --force \
 && conda install -y scipy && conda clean -afy
WORKDIR /srv
# 'yarn --version' is not an install; uv takes pip's --no-cache-dir as --no-cache; local wheels and
# source archives are read from disk, not downloaded into pip's cache.
RUN corepack enable && yarn --version \
 && uv pip install --system --no-cache-dir httpx \
 && pip install ./dist/app-1.0-py3-none-any.whl && python3 -m pip install /tmp/vendor/lib-2.0.tar.gz 'plugins/*.whl[all]'
ENV GOFLAGS=-mod=mod
RUN --mount=type=cache,target=/usr/local/cargo/registry --mount=type=cache,target=/root/.m2 \
    cargo install ripgrep && mvn -B package \
 && go install golang.org/x/tools/gopls@v0.16.2 && go clean -cache -modcache \
 && poetry install --no-root && rm -rf /root/.cache/pypoetry \
 && composer install --no-dev --no-cache \
 && composer global require laravel/installer && composer clear-cache
