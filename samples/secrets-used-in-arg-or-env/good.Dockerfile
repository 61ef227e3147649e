FROM alpine:3.20
RUN --mount=type=secret,id=github_token,env=GITHUB_TOKEN \
    wget --header="Authorization: Bearer $GITHUB_TOKEN" -O /tmp/x https://api.github.com/
ENV MONKEY=1 PUBLIC_KEY=abc SECRET_FILE=/run/secrets/db KEY_VERSION=2
ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D
