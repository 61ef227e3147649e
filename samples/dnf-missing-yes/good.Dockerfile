FROM fedora:40
RUN dnf install -y git-2.45.2
RUN microdnf install tar-1.35
