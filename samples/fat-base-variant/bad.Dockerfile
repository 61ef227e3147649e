# The base is templated; imgslim resolves it through the ARG default (or --build-arg PY=...).
ARG PY=3.12

# A builder stage uses the full image on purpose: it compiles wheels and does not ship. Quiet.
FROM python:3.12 AS wheels
RUN pip wheel --wheel-dir /wheels -r requirements.txt

# Only some files are copied out of this stage, so it does not ship either. Quiet.
FROM node:22 AS web
RUN npm ci && npm run build

# This stage ships (the final stage is built FROM it), and nothing built on it compiles,
# so python:3.12-slim serves it.
# expect: fat-base-variant "python:3.12 (411 MB compressed, 1.11 GB on disk) → python:3.12-slim (43 MB, 119 MB): saves ~368 MB compressed (catalog, 2026-08); lacks compiler, headers, vcs"
FROM python:${PY} AS base
ENV PYTHONUNBUFFERED=1

FROM base
COPY --from=wheels /wheels /wheels
COPY --from=web /app/dist /app/static
RUN pip install --no-cache-dir --no-index /wheels/*
CMD ["python", "-m", "app"]
