FROM fedora:40
# expect: dnf-unpinned "'git'"
RUN dnf install -y git gcc-14.1.1
# expect: dnf-unpinned "'tar'"
RUN microdnf install -y tar
# Groups, provides and .rpm files are not judged:
RUN dnf install -y @development-tools 'dnf-command(config-manager)' ./local.rpm
