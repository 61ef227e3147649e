FROM python:3.12-slim AS build
RUN python -m venv /opt/venv

FROM python:3.12-slim
# A stage of this file, and only the file the image needs from a tagged image.
COPY --from=build /opt/venv /opt/venv
COPY --from=ghcr.io/astral-sh/uv:0.4.30 /uv /usr/local/bin/uv
RUN uv --version
# A tools bundle published FROM scratch, copied whole into the root: the idiom it is made for.
COPY --from=gloursdocker/docker / /
# A named build context is chosen at build time (copy-from-undefined reports the name); a local one
# is filtered by its own .dockerignore.
COPY --from=models . /srv/models/
