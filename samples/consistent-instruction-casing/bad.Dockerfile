# Upper case is the majority here.
FROM alpine:3.20
# expect: consistent-instruction-casing "Command 'run' should match the case of the command majority (uppercase)"
run apk add --no-cache curl
# expect: consistent-instruction-casing "Command 'Copy' should match the case of the command majority (uppercase)"
Copy app.sh /usr/local/bin/app.sh
WORKDIR /srv
CMD ["app.sh"]
