# The build context is this folder; BuildKit reads bad.Dockerfile.dockerignore.
FROM python:3.12-slim AS build
RUN echo "## 0.9" > /CHANGELOG.md

FROM python:3.12-slim
WORKDIR /app
# The `!README.md` exception brings README.md back: quiet.
COPY README.md app.py ./
# expect: copy-ignored-file "excluded by bad.Dockerfile.dockerignore:2 `*.md`"
COPY CHANGELOG.md ./
# A parent folder that matches counts: docs/ is left out, so docs/guide.txt is too.
# expect: copy-ignored-file "`docs`"
COPY docs/guide.txt ./docs/
# Only some of config/ is left out, so the folder itself is fine: quiet.
COPY config ./config
# expect: copy-ignored-file "config/*.local.yaml"
COPY config/dev.local.yaml ./config/
# Variables are expanded as BuildKit expands them.
ARG NOTES=CHANGELOG.md
# expect: copy-ignored-file "'CHANGELOG.md'"
COPY ${NOTES} ./notes/
# --from sources are not filtered by the .dockerignore: quiet (see copy-from-unfiltered).
COPY --from=build /CHANGELOG.md ./
# Heredoc sources are written inline: quiet.
COPY <<EOF ./VERSION.md
1.0
EOF
