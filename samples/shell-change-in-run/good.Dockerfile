FROM debian:bookworm-slim
SHELL ["/bin/bash", "-c"]
# Adding a shell where there is none (ln without -f fails if /bin/sh exists):
RUN ln -s /busybox/sh /bin/sh
