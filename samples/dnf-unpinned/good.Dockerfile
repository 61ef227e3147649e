FROM fedora:40
RUN dnf install -y git-2.45.2 gcc-14.1.1
RUN microdnf install -y tar-1.35
RUN dnf install -y @development-tools 'dnf-command(config-manager)' ./local.rpm
