FROM debian:bookworm-slim
# expect: add-instead-of-copy "'app.py'"
ADD app.py /app/
# URLs and local archives are what ADD is for:
ADD https://example.com/tool.tar.gz /opt/
ADD vendor.tar.gz /opt/vendor/
