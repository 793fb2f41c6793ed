#!/usr/bin/env bash
# Installs and starts what the integration tests need on Debian/Ubuntu, idempotently:
# Docker engine + buildx (scripts/setup-docker.sh --ci-cross-release: on bookworm, Debian trixie's
# packages), dockerd with the containerd snapshotter, Debian's docker-registry on 127.0.0.1:5000, busybox-static, and a
# second dockerd on the classic image store (GitHub's runners without setup-buildx-action) on
# its own unix socket, for the classic-store tests. Listens on loopback only. Run as root.
set -euo pipefail

REGISTRY_ADDR="${MLG_REGISTRY_ADDR:-127.0.0.1:5000}"
STATE_DIR="${MLG_CI_STATE_DIR:-/var/lib/ml-image-guard-ci}"
# The classic-store engine: its own socket, exec root, pidfile, data root, containerd namespace
# and bridge, so the main engine is never touched (the tests read MLG_CLASSIC_DOCKER_HOST).
CLASSIC_RUN="${MLG_CLASSIC_RUN_DIR:-/run/mlg-classic}"
CLASSIC_BRIDGE="${MLG_CLASSIC_BRIDGE:-mlgc0}"
CLASSIC_SUBNET="${MLG_CLASSIC_SUBNET:-172.31.254.1/24}"
mkdir -p "$STATE_DIR"

log() { printf '[ci-docker] %s\n' "$*"; }

# The engine and buildx: scripts/setup-docker.sh, the README's set-up, with the cross-release
# route allowed (this is a throw-away CI machine; the script says what that route changes).
if ! command -v dockerd >/dev/null 2>&1 || ! docker buildx version >/dev/null 2>&1 || ! docker info >/dev/null 2>&1; then
  bash "$(dirname "$0")/setup-docker.sh" --ci-cross-release
fi

extra=()
command -v docker-registry >/dev/null 2>&1 || extra+=(docker-registry)
[ -x /bin/busybox ] || extra+=(busybox-static)
if [ "${#extra[@]}" -gt 0 ]; then
  log "installing: ${extra[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${extra[@]}" >/dev/null
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
  log "starting docker-registry on $REGISTRY_ADDR (storage in memory)"
  # In memory, not on disk: buildx before 0.22 pushes twice with the docker driver on the
  # containerd store (docker/buildx#3023), and the engine's second push sends every manifest of
  # an index to the tag at once; the filesystem driver rewrites the tag's link file in place, so
  # a HEAD landing mid-write answers 500 "invalid checksum digest format" (1 in 15 two-platform
  # pushes here). The in-memory driver writes under a lock. Its cost: 1.4 GB resident after three
  # .ci/run runs (six suite runs) on one machine, of its 24 GiB.
  cat > "$STATE_DIR/registry.yml" <<CFG
version: 0.1
log:
  level: warn
storage:
  inmemory: {}
  delete:
    enabled: true
http:
  addr: $REGISTRY_ADDR
CFG
  setsid docker-registry serve "$STATE_DIR/registry.yml" >"$STATE_DIR/registry.log" 2>&1 < /dev/null &
  for _ in $(seq 1 30); do curl -fsS "http://$REGISTRY_ADDR/v2/" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -fsS "http://$REGISTRY_ADDR/v2/" >/dev/null || { tail -n 20 "$STATE_DIR/registry.log"; log "registry did not start"; exit 1; }
fi

classic=(env DOCKER_HOST="unix://$CLASSIC_RUN/docker.sock")
if ! "${classic[@]}" docker info >/dev/null 2>&1; then
  log "starting a classic-store dockerd on unix://$CLASSIC_RUN/docker.sock"
  mkdir -p "$CLASSIC_RUN" "$STATE_DIR/classic"
  echo '{"features":{"containerd-snapshotter":false}}' > "$CLASSIC_RUN/daemon.json"
  # Its own bridge: `--bridge=none` would make dockerd delete the main engine's docker0.
  # No iptables rules, no published ports: RUN steps get a network that reaches nothing.
  if ! ip link show "$CLASSIC_BRIDGE" >/dev/null 2>&1; then
    ip link add "$CLASSIC_BRIDGE" type bridge
    ip addr add "$CLASSIC_SUBNET" dev "$CLASSIC_BRIDGE"
  fi
  ip link set "$CLASSIC_BRIDGE" up
  setsid "$DOCKERD" --config-file "$CLASSIC_RUN/daemon.json" \
    -H "unix://$CLASSIC_RUN/docker.sock" --exec-root "$CLASSIC_RUN/exec" --pidfile "$CLASSIC_RUN/docker.pid" \
    --data-root "$STATE_DIR/classic" --containerd-namespace mlg-classic --containerd-plugins-namespace mlg-classic-plugins \
    --bridge "$CLASSIC_BRIDGE" --iptables=false --ip6tables=false --ip-masq=false \
    >"$STATE_DIR/classic-dockerd.log" 2>&1 < /dev/null &
  for _ in $(seq 1 60); do "${classic[@]}" docker info >/dev/null 2>&1 && break; sleep 1; done
  "${classic[@]}" docker info >/dev/null 2>&1 || { tail -n 20 "$STATE_DIR/classic-dockerd.log"; log "classic dockerd did not start"; exit 1; }
fi

log "docker $(docker version --format '{{.Server.Version}}'), $(docker buildx version), registry on $REGISTRY_ADDR"
log "classic-store engine: unix://$CLASSIC_RUN/docker.sock ($("${classic[@]}" docker info --format '{{.Driver}}'))"
