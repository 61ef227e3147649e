FROM opensuse/leap:15.6
# expect: zypper-dist-upgrade "'zypper dup'"
RUN zypper -n dup
