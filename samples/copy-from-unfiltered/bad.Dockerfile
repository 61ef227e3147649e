FROM python:3.12-slim AS build
RUN python -m venv /opt/venv

FROM python:3.12-slim
# A stage of this file: not this rule.
COPY --from=build /opt/venv /opt/venv
# expect: copy-from-unfiltered "the whole model folder /weights"
COPY --from=ghcr.io/acme/weights:2024-06 /weights /srv/weights
# expect: copy-from-unfiltered "all of /usr"
COPY --from=ghcr.io/acme/toolbox:1.4 /usr /usr
# expect: copy-from-unfiltered "everything of the image ghcr.io/acme/toolbox:1.4"
COPY --from=ghcr.io/acme/toolbox:1.4 / /opt/toolbox/
# Specific files from an image: quiet.
COPY --from=ghcr.io/astral-sh/uv:0.4.30 /uv /usr/local/bin/uv
