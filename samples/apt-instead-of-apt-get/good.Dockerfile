FROM ubuntu:24.04
RUN apt-get install -y curl
RUN apt list --installed
