FROM debian:bookworm-slim
# expect: shell-change-in-run "use SHELL"
RUN ln -sf /bin/bash /bin/sh
