FROM debian:bookworm-slim
ONBUILD COPY . /app
# expect: onbuild-forbidden-trigger "MAINTAINER"
ONBUILD MAINTAINER someone@example.com
