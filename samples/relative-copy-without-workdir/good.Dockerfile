FROM python:3.12-slim AS base
COPY main.py /srv/app/
# A quoted absolute destination is absolute.
COPY main.py "/opt/app/"
WORKDIR /srv
COPY main.py app/
FROM base
COPY settings.py app/
