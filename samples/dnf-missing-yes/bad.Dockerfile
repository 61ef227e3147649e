FROM fedora:40
# expect: dnf-missing-yes "'dnf install'"
RUN dnf install git-2.45.2
# microdnf never prompts:
RUN microdnf install tar-1.35
