FROM alpine:3.20
# expect: secrets-used-in-arg-or-env "Do not use ARG or ENV instructions for sensitive data (ARG"
ARG GITHUB_TOKEN
# expect: secrets-used-in-arg-or-env "DB_PASSWORD"
ENV DB_PASSWORD=changeme
# A whole word must match; public, file and version parts are allowed:
ENV MONKEY=1 PUBLIC_KEY=abc SECRET_FILE=/run/secrets/db KEY_VERSION=2
# The official images' public signing-key fingerprint is not a secret (BuildKit reports it; we do not):
ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D
