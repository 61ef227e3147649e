FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y sudo
USER app
# expect: sudo-in-run "'sudo apt-get'"
RUN sudo apt-get install -y curl
