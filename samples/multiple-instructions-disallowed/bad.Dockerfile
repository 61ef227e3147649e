FROM alpine:3.20
# expect: multiple-instructions-disallowed "Multiple CMD instructions should not be used in the same stage because only the last one will be used"
CMD ["echo", "first"]
# expect: multiple-instructions-disallowed "Multiple ENTRYPOINT instructions"
ENTRYPOINT ["/bin/sh"]
ENTRYPOINT ["/usr/local/bin/app"]
CMD ["--serve"]

# A child stage may override its parent's CMD:
FROM alpine:3.20 AS debug
CMD ["sh"]
