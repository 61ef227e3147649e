# Families the catalog does not know, tags it cannot place and digest-only references are quiet.
FROM registry.example.com/platform/python-base:2024.3 AS base
RUN pip install --no-cache-dir -r /requirements.txt

FROM python@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS pinned
COPY --from=base /opt/venv /opt/venv

FROM python:experimental-build
COPY --from=pinned / /
CMD ["python", "-m", "app"]
