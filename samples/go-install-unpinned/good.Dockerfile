FROM golang:1.22
RUN go install github.com/golangci/golangci-lint/cmd/golangci-lint@v1.59.1
RUN go install ./cmd/... example.com/tool
