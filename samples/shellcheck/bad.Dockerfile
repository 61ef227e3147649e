FROM debian:bookworm-slim
ARG version=1.2.3
ARG prefix
ENV app_home=/opt/app
# ARG and ENV names count as set (no SC2154). $app_home is one plain word, so it needs no quotes;
# $prefix has no default and may hold spaces or globs (--build-arg prefix="/opt/my app"):
# expect: shellcheck "SC2086"
RUN mkdir -p $app_home $prefix/bin \
 && curl -fsSL "https://example.com/app-${version}.tar.gz" | tar -xz -C "$app_home"
# The default shell is sh: bash's [[ ]] does not exist there (dash on Debian fails at run time).
# expect: shellcheck "SC3010"
RUN <<EOF
set -e
if [[ -f /etc/os-release ]]; then
  echo "building $version"
fi
EOF
# expect: shellcheck "SC2154"
RUN echo "installing to $install_dir"
# Quiet: the exec form runs no shell, and a python heredoc is not shell.
RUN ["/bin/sh", "-c", "echo $version"]
RUN python3 <<EOF
print("$version")
EOF

FROM debian:bookworm-slim AS tools
# Quiet: SHELL says bash runs the RUNs of this stage, where [[ ]] is fine.
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN [[ -d /opt ]] && echo "opt exists"
# Quiet: a RUN marked as run by PowerShell is not shell.
# imgslim shell=powershell
RUN $ErrorActionPreference = 'Stop'; Write-Output $env:PATH
