FROM debian:bookworm-slim
ARG version=1.2.3
ARG prefix
ENV app_home=/opt/app
ARG install_dir=/usr/local
RUN mkdir -p $app_home "$prefix/bin" \
 && curl -fsSL "https://example.com/app-${version}.tar.gz" | tar -xz -C "$app_home"
RUN <<EOF
set -e
if [ -f /etc/os-release ]; then
  echo "building $version"
fi
EOF
RUN echo "installing to $install_dir"
RUN ["/bin/sh", "-c", "echo $version"]
RUN python3 <<EOF
print("$version")
EOF

FROM debian:bookworm-slim AS tools
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN [[ -d /opt ]] && echo "opt exists"
# imgslim shell=powershell
RUN $ErrorActionPreference = 'Stop'; Write-Output $env:PATH
