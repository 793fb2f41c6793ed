# Uses every Dockerfile instruction at least once.
ARG VERSION=1.4.2
FROM --platform=$BUILDPLATFORM debian:bookworm-slim AS base
LABEL org.opencontainers.image.title="every-instruction" \
      org.opencontainers.image.version="${VERSION}" \
      maintainer="platform@example.com"
ARG VERSION
ARG TARGETARCH
ENV APP_HOME=/opt/app \
    PATH=/opt/app/bin:$PATH
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN ["/bin/sh", "-c", "echo json form run"]
RUN apt-get update && apt-get install -y --no-install-recommends curl tini && rm -rf /var/lib/apt/lists/*
WORKDIR $APP_HOME
ADD --chown=1000:1000 https://example.com/releases/${VERSION}/tool-${TARGETARCH}.tar.gz /tmp/tool.tar.gz
COPY --link --chmod=0755 bin/ bin/
VOLUME ["/data"]
EXPOSE 8080/tcp 9090/udp
ONBUILD COPY . /opt/app/src
STOPSIGNAL SIGINT
HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD curl -fsS http://localhost:8080/healthz || exit 1
USER 1000:1000
ENTRYPOINT ["/usr/bin/tini", "--", "bin/start"]
CMD ["--port", "8080"]

FROM base AS debug
USER root
RUN apt-get update && apt-get install -y strace gdb
HEALTHCHECK NONE
MAINTAINER old-style@example.com
