FROM python:3.12-slim AS wheels
RUN pip wheel --no-cache-dir --wheel-dir /wheels flask

FROM node:22-slim AS web
RUN mkdir -p /out && echo '<html/>' > /out/index.html

FROM python:3.12-slim
# Each COPY is used by the RUN after it, so they cannot become one layer (quiet).
COPY --from=wheels /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
COPY --from=web /out /srv/www
RUN chmod -R a+r /srv/www
COPY --from=ghcr.io/astral-sh/uv:0.4.30 /uv /usr/local/bin/uv
