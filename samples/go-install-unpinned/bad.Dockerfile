FROM golang:1.22
# expect: go-install-unpinned "golangci-lint@latest"
RUN go install github.com/golangci/golangci-lint/cmd/golangci-lint@latest
# Without @, module mode takes the version from go.mod: not judged.
RUN go install ./cmd/... example.com/tool
