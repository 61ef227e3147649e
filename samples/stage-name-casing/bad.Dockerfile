# expect: stage-name-casing "Stage name 'Builder' should be lowercase"
FROM golang:1.22 AS Builder
RUN go build -o /out/app ./...

# Lower case, digits and dashes are fine:
FROM golang:1.22 AS test-2
RUN go test ./...

# expect: stage-name-casing "Stage name 'RUNTIME' should be lowercase"
FROM alpine:3.20 AS RUNTIME
COPY --from=builder /out/app /usr/local/bin/app
