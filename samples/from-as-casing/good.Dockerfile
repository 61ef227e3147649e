FROM golang:1.22 AS build
RUN go build -o /out/app ./...

from alpine:3.20 as runtime
copy --from=build /out/app /usr/local/bin/app
