FROM debian:bookworm-slim
WORKDIR /app
RUN ./configure
RUN cd /tmp && touch x && rm x
RUN mkdir build && cd build && touch y
