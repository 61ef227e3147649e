FROM debian:bookworm-slim
# expect: cd-in-run "WORKDIR /app"
RUN cd /app && ./configure
# A temporary folder that WORKDIR would wrongly keep is fine:
RUN cd /tmp && touch x && rm x
# A folder the same RUN creates or fetches is transient:
RUN mkdir build && cd build && touch y
# A subshell confines the change already:
RUN (cd /opt/src && make) && rm -rf /opt/src/build
# Several cd's navigate a script:
RUN cd /usr/src && ls && cd /usr/local && ls
