FROM debian:bookworm-slim
COPY app.py /app/
ADD https://example.com/tool.tar.gz /opt/
ADD vendor.tar.gz /opt/vendor/
