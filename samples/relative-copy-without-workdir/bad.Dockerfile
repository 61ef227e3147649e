FROM python:3.12-slim AS base
# expect: relative-copy-without-workdir "'app/'"
COPY main.py app/
WORKDIR /srv
COPY main.py app/
# A WORKDIR in the stage this one is built from counts:
FROM base
COPY settings.py app/
