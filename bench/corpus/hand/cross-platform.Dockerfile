# syntax=docker/dockerfile:1
ARG GO_VERSION=1.22
ARG ALPINE_VERSION=3.20
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine${ALPINE_VERSION} AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
RUN --mount=type=bind,target=. \
    --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=cache,target=/go/pkg/mod \
    GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/exporter ./cmd/exporter
FROM alpine:${ALPINE_VERSION}
RUN --mount=type=secret,id=netrc,target=/root/.netrc \
    apk add --no-cache ca-certificates
COPY --from=build /out/exporter /usr/local/bin/
USER 65532:65532
ENTRYPOINT ["exporter"]
