# good.Dockerfile.dockerignore brings CHANGELOG.md back with `!CHANGELOG.md`.
FROM python:3.12-slim
WORKDIR /app
COPY README.md CHANGELOG.md app.py ./
COPY config/app.yaml ./config/
COPY <<EOF ./VERSION.md
1.0
EOF
