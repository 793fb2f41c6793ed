#!/usr/bin/env bash
# Installs and starts what the integration tests need on Debian/Ubuntu, idempotently:
# Docker engine + buildx (from Debian trixie, pinned low so nothing else moves), dockerd with
# the containerd snapshotter, Debian's docker-registry on 127.0.0.1:5000, busybox-static.
# Listens on loopback only. Run as root.
set -euo pipefail

REGISTRY_ADDR="${MLG_REGISTRY_ADDR:-127.0.0.1:5000}"
STATE_DIR="${MLG_CI_STATE_DIR:-/var/lib/ml-image-guard-ci}"
mkdir -p "$STATE_DIR"

log() { printf '[ci-docker] %s\n' "$*"; }

missing=()
command -v dockerd >/dev/null 2>&1 || missing+=(engine)
docker buildx version >/dev/null 2>&1 || missing+=(buildx)
command -v docker-registry >/dev/null 2>&1 || missing+=(registry)
[ -x /bin/busybox ] || missing+=(busybox)

if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  if [[ " ${missing[*]} " == *" engine "* || " ${missing[*]} " == *" buildx "* ]] \
     && grep -qs 'VERSION_CODENAME=bookworm' /etc/os-release && [ ! -f /etc/apt/sources.list.d/trixie.sources ]; then
    # Bookworm's Docker is too old for buildx's registry cache: take trixie's, pinned low so
    # nothing else moves. Same mirror and keyring as the machine's own Debian entry.
    src=/etc/apt/sources.list.d/debian.sources
    uris=$(awk '/^URIs:/ && /debian\/?$/ {print $2; exit}' "$src" 2>/dev/null || true)
    keyring=$(awk '/^Signed-By:/ {print $2; exit}' "$src" 2>/dev/null || true)
    cat > /etc/apt/sources.list.d/trixie.sources <<SRC
Types: deb
URIs: ${uris:-http://deb.debian.org/debian}
Suites: trixie
Components: main
Signed-By: ${keyring:-/usr/share/keyrings/debian-archive-keyring.gpg}
SRC
    printf 'Package: *\nPin: release n=trixie\nPin-Priority: 100\n' > /etc/apt/preferences.d/trixie
  fi
  log "installing: ${missing[*]}"
  apt-get update -qq
  suite=()
  [ -f /etc/apt/sources.list.d/trixie.sources ] && suite=(-t trixie)
  pkgs=()
  [[ " ${missing[*]} " == *" engine "* ]] && pkgs+=(docker.io containerd)
  [[ " ${missing[*]} " == *" buildx "* ]] && pkgs+=(docker-buildx)
  [ "${#pkgs[@]}" -gt 0 ] && apt-get install -y -qq "${suite[@]}" "${pkgs[@]}" >/dev/null
  extra=()
  [[ " ${missing[*]} " == *" registry "* ]] && extra+=(docker-registry)
  [[ " ${missing[*]} " == *" busybox "* ]] && extra+=(busybox-static)
  [ "${#extra[@]}" -gt 0 ] && apt-get install -y -qq "${extra[@]}" >/dev/null
fi

# The Debian engine lives in /usr/bin; a client elsewhere on PATH is fine (API is negotiated).
DOCKERD=$(command -v dockerd)

if ! docker info >/dev/null 2>&1; then
  # Only an engine we start ourselves gets our daemon.json: a running one is left as it is.
  mkdir -p /etc/docker
  if ! grep -qs containerd-snapshotter /etc/docker/daemon.json; then
    echo '{"features":{"containerd-snapshotter":true}}' > /etc/docker/daemon.json
  fi
  log "starting dockerd"
  setsid "$DOCKERD" >"$STATE_DIR/dockerd.log" 2>&1 < /dev/null &
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { tail -n 20 "$STATE_DIR/dockerd.log"; log "dockerd did not start"; exit 1; }
fi

if ! curl -fsS "http://$REGISTRY_ADDR/v2/" >/dev/null 2>&1; then
  log "starting docker-registry on $REGISTRY_ADDR"
  mkdir -p "$STATE_DIR/registry"
  cat > "$STATE_DIR/registry.yml" <<CFG
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $STATE_DIR/registry
  delete:
    enabled: true
http:
  addr: $REGISTRY_ADDR
CFG
  setsid docker-registry serve "$STATE_DIR/registry.yml" >"$STATE_DIR/registry.log" 2>&1 < /dev/null &
  for _ in $(seq 1 30); do curl -fsS "http://$REGISTRY_ADDR/v2/" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -fsS "http://$REGISTRY_ADDR/v2/" >/dev/null || { tail -n 20 "$STATE_DIR/registry.log"; log "registry did not start"; exit 1; }
fi

log "docker $(docker version --format '{{.Server.Version}}'), $(docker buildx version), registry on $REGISTRY_ADDR"
