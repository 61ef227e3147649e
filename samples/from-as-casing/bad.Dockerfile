# expect: from-as-casing "'as' and 'FROM' keywords' casing do not match"
FROM golang:1.22 as build
RUN go build -o /out/app ./...

# expect: from-as-casing "'AS' and 'from' keywords' casing do not match"
from alpine:3.20 AS runtime
copy --from=build /out/app /usr/local/bin/app

# A mixed-case From is consistent-instruction-casing's business; AS is not judged then:
From alpine:3.20 as other
