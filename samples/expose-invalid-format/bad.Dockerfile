FROM nginx:1.27
# expect: expose-invalid-format "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'"
EXPOSE 127.0.0.1:80:80
# expect: expose-invalid-format "found '8080:80'"
EXPOSE 8080:80
# A port range is fine:
EXPOSE 8000-8010
