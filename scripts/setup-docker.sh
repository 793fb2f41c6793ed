#!/usr/bin/env bash
# Sets up what `npm run demo` and the integration tests need on Debian/Ubuntu, as root:
#   sudo bash scripts/setup-docker.sh && npm ci && npm run demo
# - a Docker engine with buildx, in this order of preference:
#     1. the engine already installed (started if it is not running; its configuration is left alone);
#     2. the distribution's own docker.io + docker-buildx, when they are recent enough (Docker >= 24);
#     3. Docker's official packages (docker-ce, docker-buildx-plugin), when download.docker.com answers;
#     4. only with --ci-cross-release (CI machines, .ci/run): Debian trixie's docker.io on bookworm.
#        That route mixes releases (apt takes the dependencies from trixie: libc6, systemd, perl,
#        apt and python3 move up), which Debian warns against on a machine anyone keeps: it says so
#        and, at a terminal, waits 10 seconds before it changes anything.
#   It never upgrades the distribution otherwise: every other package comes from the machine's
#   own release.
# - Debian's docker-registry (the demo's loopback registry) and debootstrap (its offline base image).
# macOS / Windows: install Docker Desktop, then `npm ci && npm run demo`.
set -euo pipefail

CROSS_RELEASE=0
for arg in "$@"; do
  case "$arg" in
    --ci-cross-release) CROSS_RELEASE=1 ;;
    -h | --help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "setup-docker: unknown argument $arg (use --ci-cross-release or nothing)" >&2; exit 2 ;;
  esac
done
STATE_DIR="${MLG_CI_STATE_DIR:-/var/lib/ml-image-guard-ci}"
MIN_DOCKER_MAJOR=24

log() { printf '[setup-docker] %s\n' "$*"; }
die() { printf '[setup-docker] %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root: sudo bash $0"
command -v apt-get >/dev/null || die "not Debian/Ubuntu (no apt-get): install Docker Engine or Docker Desktop with buildx, then npm ci && npm run demo"
# shellcheck disable=SC1091
. /etc/os-release
export DEBIAN_FRONTEND=noninteractive
apt_updated=0
apt_update() { [ "$apt_updated" = 1 ] || { apt-get update -qq; apt_updated=1; }; }
# The candidate's upstream major version from the machine's own sources ("" when none).
candidate_major() { apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2}' | sed -E 's/^[0-9]+://; s/[^0-9].*//' | grep -v '^$' || true; }

install_from_distribution() {
  apt_update
  local major; major=$(candidate_major docker.io)
  if [ -n "$major" ] && [ "$major" -ge "$MIN_DOCKER_MAJOR" ] && [ -n "$(candidate_major docker-buildx)" ]; then
    log "installing ${ID} ${VERSION_CODENAME}'s own docker.io ${major}.x and docker-buildx"
    apt-get install -y -qq docker.io docker-buildx >/dev/null
    return 0
  fi
  log "${ID} ${VERSION_CODENAME}'s docker.io is ${major:-not available}${major:+.x}: too old for buildx's registry cache (needs ${MIN_DOCKER_MAJOR}+)"
  return 1
}

install_from_docker_repository() {
  local url="https://download.docker.com/linux/${ID}"
  curl -fsS --max-time 10 -o /dev/null "$url/gpg" 2>/dev/null || { log "Docker's repository ($url) does not answer"; return 1; }
  log "installing Docker's official packages from $url (docker-ce, docker-buildx-plugin)"
  install -m 0755 -d /etc/apt/keyrings
  curl -fsSL --max-time 30 "$url/gpg" -o /etc/apt/keyrings/docker.asc
  chmod a+r /etc/apt/keyrings/docker.asc
  printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: stable\nSigned-By: /etc/apt/keyrings/docker.asc\n' \
    "$url" "$VERSION_CODENAME" > /etc/apt/sources.list.d/docker.sources
  apt_updated=0; apt_update
  apt-get install -y -qq docker-ce docker-ce-cli containerd.io docker-buildx-plugin >/dev/null
}

install_cross_release() {
  [ "${VERSION_CODENAME:-}" = bookworm ] || die "--ci-cross-release is the bookworm → trixie route; this is ${VERSION_CODENAME:-unknown}"
  cat <<WARN
[setup-docker] --ci-cross-release: installing Debian trixie's docker.io, docker-buildx and containerd on bookworm.
[setup-docker] This adds /etc/apt/sources.list.d/trixie.sources (pinned at priority 100) and lets apt take
[setup-docker] their dependencies from trixie: measured, libc6 2.36→2.41, systemd 252→257, perl, apt and
[setup-docker] python3 3.11→3.13 (/usr/bin/python3 changes). For throw-away CI machines only. Ctrl-C to stop.
WARN
  [ -t 0 ] && sleep 10  # a person at a terminal can still stop it
  if [ ! -f /etc/apt/sources.list.d/trixie.sources ]; then
    # Same mirror and keyring as the machine's own Debian entry.
    local src=/etc/apt/sources.list.d/debian.sources uris keyring
    uris=$(awk '/^URIs:/ && /debian\/?$/ {print $2; exit}' "$src" 2>/dev/null || true)
    keyring=$(awk '/^Signed-By:/ {print $2; exit}' "$src" 2>/dev/null || true)
    printf 'Types: deb\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: %s\n' \
      "${uris:-http://deb.debian.org/debian}" "${keyring:-/usr/share/keyrings/debian-archive-keyring.gpg}" \
      > /etc/apt/sources.list.d/trixie.sources
    printf 'Package: *\nPin: release n=trixie\nPin-Priority: 100\n' > /etc/apt/preferences.d/trixie
  fi
  apt_updated=0; apt_update
  apt-get install -y -qq -t trixie docker.io docker-buildx containerd >/dev/null
}

# ---- the engine ------------------------------------------------------------------------------------
if command -v dockerd >/dev/null 2>&1 || docker info >/dev/null 2>&1; then
  log "using the Docker engine already installed ($(command -v dockerd || command -v docker))"
elif install_from_distribution || install_from_docker_repository; then
  :
elif [ "$CROSS_RELEASE" = 1 ]; then
  install_cross_release
else
  die "no recent enough Docker engine from ${ID} ${VERSION_CODENAME} or Docker's repository. Options: install Docker Engine \
(https://docs.docker.com/engine/install/), upgrade the distribution, or on a throw-away CI machine run: sudo bash $0 --ci-cross-release"
fi

if ! docker buildx version >/dev/null 2>&1; then
  apt_update
  if [ -n "$(candidate_major docker-buildx-plugin)" ]; then apt-get install -y -qq docker-buildx-plugin >/dev/null
  elif [ -n "$(candidate_major docker-buildx)" ]; then apt-get install -y -qq docker-buildx >/dev/null
  else die "docker buildx is missing and ${ID} ${VERSION_CODENAME} has no package for it: see https://docs.docker.com/build/install-buildx/"
  fi
fi

if ! docker info >/dev/null 2>&1; then
  # An engine we start gets the containerd image store (buildx's registry cache on the docker
  # driver needs it), unless the machine already has a daemon.json of its own.
  mkdir -p /etc/docker "$STATE_DIR"
  [ -s /etc/docker/daemon.json ] || echo '{"features":{"containerd-snapshotter":true}}' > /etc/docker/daemon.json
  if [ -d /run/systemd/system ] && systemctl list-unit-files docker.service >/dev/null 2>&1; then
    log "starting docker.service"
    systemctl start docker
  else
    log "starting dockerd (log: $STATE_DIR/dockerd.log)"
    setsid "$(command -v dockerd)" >"$STATE_DIR/dockerd.log" 2>&1 < /dev/null &
  fi
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { tail -n 20 "$STATE_DIR/dockerd.log" 2>/dev/null || true; die "dockerd did not start"; }
fi
docker info --format '{{json .DriverStatus}}' 2>/dev/null | grep -q 'io.containerd.snapshotter' \
  || log "note: this engine uses the classic image store; buildx's registry cache needs the containerd store (https://docs.docker.com/engine/storage/containerd/)"

# ---- the demo's registry and base image tools: the machine's own release only ---------------------
extra=()
command -v docker-registry >/dev/null 2>&1 || extra+=(docker-registry)
command -v debootstrap >/dev/null 2>&1 || extra+=(debootstrap)
if [ "${#extra[@]}" -gt 0 ]; then
  apt_update
  log "installing ${extra[*]} from ${ID} ${VERSION_CODENAME}"
  apt-get install -y -qq "${extra[@]}" >/dev/null
fi
log "ready: docker $(docker version --format '{{.Server.Version}}'), $(docker buildx version | head -1)"
