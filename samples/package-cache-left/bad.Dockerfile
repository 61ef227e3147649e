# Builder stage: caches in layers that never ship cost nothing (quiet).
FROM python:3.12-slim AS build
RUN pip install build && python -m build --wheel --outdir /wheels

# Stages copied whole into the final image ship too.
FROM alpine:3.20 AS tools
# expect: package-cache-left "apk add"
RUN apk add curl
RUN apk add --no-cache jq
RUN apk add git && rm -rf /var/cache/apk/*

FROM fedora:40 AS rpm-tools
# expect: package-cache-left "dnf clean all"
RUN dnf install -y make
RUN dnf install -y gcc && dnf clean all
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y git

FROM python:3.12-slim
# The measured figure for numpy (facts): the cache holds about the wheels' size.
# expect: package-cache-left "--no-cache-dir"
RUN pip install numpy
RUN pip install --no-cache-dir requests
# expect: package-cache-left
RUN python3 -m pip install -r /tmp/requirements.txt
RUN --mount=type=cache,target=/root/.cache/pip pip install flask
# Several pip installs in one RUN fill one cache: one finding, on the first.
# expect: package-cache-left "--no-cache-dir"
RUN pip install -U pip && pip install flask && python -m pip install gunicorn
# expect: package-cache-left "uv"
RUN uv pip install --system httpx
RUN uv pip install --system --no-cache httpx
# expect: package-cache-left "npm cache clean --force"
RUN npm ci
RUN npm ci && npm cache clean --force
# expect: package-cache-left "yarn cache clean"
RUN yarn install --frozen-lockfile
# expect: package-cache-left "conda clean"
RUN conda install -y numpy
RUN conda install -y scipy && conda clean -afy
# Language caches beyond pip and npm: cargo, go, poetry, pnpm, and Maven's repository.
# expect: package-cache-left "cargo install"
RUN cargo install ripgrep
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo install fd-find
# expect: package-cache-left "go install"
RUN go install golang.org/x/tools/gopls@v0.16.2
RUN go install github.com/go-delve/delve/cmd/dlv@v1.23.0 && go clean -cache -modcache
# expect: package-cache-left "poetry install"
RUN poetry install --no-root
RUN poetry install --no-root && rm -rf /root/.cache/pypoetry
# expect: package-cache-left "pnpm install"
RUN pnpm install --frozen-lockfile
# expect: package-cache-left "/root/.m2"
RUN mvn -B dependency:go-offline
RUN --mount=type=cache,target=/root/.m2 mvn -B package
# A heredoc that cleans up inside (quiet):
RUN <<EOF
set -e
pip install gunicorn
rm -rf /root/.cache/pip
EOF
# Removing the cache through ~ or $HOME counts (quiet):
RUN pip install gunicorn && rm -rf ~/.cache/pip
RUN npm install -g pnpm && rm -rf $HOME/.npm
# An 'sh -c' string is read like any script:
# expect: package-cache-left
RUN sh -c 'pip install uvicorn'
# Composer keeps downloaded archives in ~/.composer/cache (or ~/.cache/composer):
# expect: package-cache-left "Composer's cache (/root/.composer/cache or /root/.cache/composer)"
RUN composer install --no-dev --optimize-autoloader
# 'composer --version' and 'dump-autoload' download nothing (quiet):
RUN composer --version && composer dump-autoload
# ONBUILD RUN runs in downstream builds (quiet).
ONBUILD RUN pip install -r requirements.txt
COPY --from=tools / /opt/tools-root/
COPY --from=rpm-tools / /opt/rpm-root/
COPY --from=build /wheels /wheels
