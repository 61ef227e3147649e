FROM ubuntu:24.04
# expect: apt-instead-of-apt-get "'apt install'"
RUN apt install -y curl
# Read-only apt subcommands are fine:
RUN apt list --installed
