FROM opensuse/leap:15.6
# expect: zypper-unpinned "'curl'"
RUN zypper --non-interactive install curl 'git>=2.43'
