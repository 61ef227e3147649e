# Builder stage: its layers never ship, so nothing is reported here.
FROM node:20-bookworm-slim AS build
COPY . /src
RUN chown -R node:node /src

FROM debian:bookworm-slim
COPY app/ /app/
# expect: chown-in-separate-layer "COPY --chown=10001:10001"
RUN chown -R 10001:10001 /app
COPY config/ /etc/myapp/
# expect: chown-in-separate-layer "--chmod=0644"
RUN sh -c 'chmod -R 0644 /etc/myapp'
# A folder a RUN created: nothing was copied there (quiet).
RUN mkdir -p /var/lib/myapp && chown -R 10001:10001 /var/lib/myapp
COPY entrypoint.sh /entrypoint.sh
# Not recursive: one small file (quiet).
RUN chmod +x /entrypoint.sh
WORKDIR /app
# Relative paths resolve against WORKDIR; a heredoc is read like any script.
# expect: chown-in-separate-layer
RUN <<EOF
set -e
chgrp -R 0 .
EOF
# ONBUILD RUN runs in downstream builds (quiet).
ONBUILD RUN chown -R 10001 /app
COPY --from=build /src/package.json /app/package.json
