FROM debian:bookworm-slim
ONBUILD COPY . /app
ONBUILD RUN make -C /app
