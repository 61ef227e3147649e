# Package-manager fixes across families, each in a stage that ships (the last) or is the base of it.
FROM opensuse/leap:15.6
RUN zypper install curl
RUN zypper --non-interactive install git
FROM alpine:3.20
RUN apk update && apk add curl
RUN apk add --no-cache git
FROM rockylinux:9
RUN yum install python3 && yum clean all
RUN dnf install make
FROM node:20-bookworm-slim
RUN npm install -g pnpm@9
RUN apt-get update
RUN apt install -y git
ENTRYPOINT node /usr/local/bin/pnpm
