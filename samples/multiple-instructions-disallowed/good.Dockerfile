FROM alpine:3.20
ENTRYPOINT ["/usr/local/bin/app"]
CMD ["--serve"]

FROM alpine:3.20 AS debug
CMD ["sh"]
