FROM golang:1.22 AS build
RUN go build -o /out/app .
# expect: copy-from-self "names the stage it is in"
COPY --from=build /out/app /usr/local/bin/app
