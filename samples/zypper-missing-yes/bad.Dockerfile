FROM opensuse/leap:15.6
# expect: zypper-missing-yes "'-y'"
RUN zypper install curl=8.6.0
