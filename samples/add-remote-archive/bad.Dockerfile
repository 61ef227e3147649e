# Builder stage: its layers never ship, so nothing is reported here.
FROM debian:bookworm-slim AS fetch
ADD https://example.com/tool.tar.gz /tmp/
RUN tar -xzf /tmp/tool.tar.gz -C /opt

FROM debian:bookworm-slim
# The download stays in the ADD layer; the unpacked files go into another:
# expect: add-remote-archive "tar"
ADD https://example.com/node-v20.tar.xz /tmp/node.tar.xz
RUN tar -xJf /tmp/node.tar.xz -C /usr/local --strip-components=1 && rm /tmp/node.tar.xz
# A file used as is: nothing is wasted (quiet).
ADD https://example.com/tini /usr/local/bin/tini
# A local tar is extracted by ADD; deleting part of it later leaves it in the ADD layer:
# expect: add-remote-archive "vendor.tar.gz"
ADD vendor.tar.gz /opt/
RUN rm -rf /opt/vendor/docs
# An 'sh -c' string that deletes a download:
# expect: add-remote-archive
ADD https://example.com/installer.run /tmp/installer.run
RUN sh -c 'sh /tmp/installer.run --quiet; rm -f /tmp/installer.run'
# A git URL is a checkout, not a download (quiet).
ADD https://github.com/example/repo.git /src/repo
COPY --from=fetch /opt/ /opt/
