#!/usr/bin/env bash
# Test environment for imgslim's probe: a real dockerd and a real registry on loopback.
#
#   eval "$(scripts/testenv.sh start)"   # installs if needed, starts both, prints the DOCKER_HOST export
#   scripts/testenv.sh status
#   scripts/testenv.sh stop
#
# All state lives under ${IMGSLIM_TESTENV:-<repo>/.testenv}; the registry listens on
# ${IMGSLIM_TEST_REGISTRY:-127.0.0.1:5000}. Keep the state path short: the daemon's
# unix socket lives inside it and unix socket paths are limited to about 100 characters.
# stdout carries only the export line (so `eval` is safe); everything else goes to stderr or logs.
# Processes are found and stopped by their pid files only, never by name: other daemons on the
# machine (a developer's own dockerd, another worktree's test env) must survive.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="${IMGSLIM_TESTENV:-$REPO/.testenv}"
# one port per machine: two checkouts running test envs at once give one of them another port
# (the tests read the same variable, see DockerTestEnv)
REGISTRY_ADDR="${IMGSLIM_TEST_REGISTRY:-127.0.0.1:5000}"
SOCK="$STATE/docker.sock"
DOCKERD_PID="$STATE/dockerd.pid"          # the process we started (ours)
DOCKERD_OWN_PIDFILE="$STATE/dockerd.daemon.pid"  # the one dockerd manages itself
REGISTRY_PID="$STATE/registry.pid"
WAIT_SECONDS="${IMGSLIM_TESTENV_WAIT:-60}"
PACKAGES=(docker.io docker-registry busybox-static)

log() { echo "testenv: $*" >&2; }
die() { echo "testenv: error: $*" >&2; exit 1; }

# The pid in a pid file, when that process is still alive and is the program we started
# (after a reboot a stale pid file may name an unrelated process: never signal that one).
live_pid() {
  local file="$1" pid comm expected
  [[ -s "$file" ]] || return 1
  pid="$(tr -dc '0-9' <"$file")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  case "$file" in
    "$DOCKERD_PID") expected=dockerd ;;
    "$REGISTRY_PID") expected=docker-registry ;;
  esac
  comm="$(cat "/proc/$pid/comm" 2>/dev/null || true)"
  [[ -z "$expected" || "$comm" == "$expected" ]] || return 1
  echo "$pid"
}

# Uses absolute paths: a client-only `docker` in /usr/local/bin may shadow nothing we need,
# but dockerd and docker-registry must be the Debian packages' binaries.
missing_packages() {
  local missing=()
  command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
  [[ -x /usr/bin/docker ]] || missing+=(docker.io)
  command -v docker-registry >/dev/null 2>&1 || missing+=(docker-registry)
  [[ -x /bin/busybox ]] || missing+=(busybox-static)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  # de-duplicate
  printf '%s\n' "${missing[@]}" | sort -u | grep -v '^$' || true
}

install_packages() {
  local missing
  missing="$(missing_packages)"
  [[ -z "$missing" ]] && return 0
  [[ "$(id -u)" == 0 ]] || die "missing packages ($(echo $missing)) and not root; install them: apt-get install -y ${PACKAGES[*]}"
  mkdir -p "$STATE"
  local logf="$STATE/install.log"
  log "installing $(echo $missing) (log: $logf)"
  # update only when an install is actually needed: the common path stays offline and fast
  if ! { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $missing; } >>"$logf" 2>&1; then
    tail -n 20 "$logf" >&2 || true
    die "package install failed (see $logf)"
  fi
}

docker_cli() {
  # Prefer the Debian client that matches the daemon; any docker client works for `version`.
  local bin=/usr/bin/docker
  [[ -x "$bin" ]] || bin="$(command -v docker)"
  DOCKER_HOST="unix://$SOCK" "$bin" "$@"
}

docker_ready() { docker_cli version >/dev/null 2>&1; }
registry_ready() { curl -sf -o /dev/null --max-time 2 "http://$REGISTRY_ADDR/v2/"; }

# Bounded wait; on timeout prints the log tail so CI shows why, then fails.
wait_for() {
  local what="$1" check="$2" logf="$3" pidfile="$4" i
  for ((i = 0; i < WAIT_SECONDS * 4; i++)); do
    if "$check"; then return 0; fi
    if ! live_pid "$pidfile" >/dev/null; then
      log "$what exited during start-up; last lines of $logf:"
      tail -n 30 "$logf" >&2 || true
      die "$what did not start"
    fi
    sleep 0.25
  done
  log "$what not ready after ${WAIT_SECONDS}s; last lines of $logf:"
  tail -n 30 "$logf" >&2 || true
  die "$what did not become ready"
}

start_dockerd() {
  if live_pid "$DOCKERD_PID" >/dev/null; then
    log "dockerd already running (pid $(live_pid "$DOCKERD_PID")), reusing it"
  else
    mkdir -p "$STATE/docker" "$STATE/exec"
    rm -f "$SOCK" "$DOCKERD_PID" "$DOCKERD_OWN_PIDFILE"
    # vfs: works on any filesystem incl. overlay-in-container; no iptables/bridge: no
    # privileges over the host network are needed, and tests run containers with --network none.
    dockerd --storage-driver=vfs --iptables=false --ip6tables=false --bridge=none \
      --data-root="$STATE/docker" --exec-root="$STATE/exec" \
      --host="unix://$SOCK" --pidfile="$DOCKERD_OWN_PIDFILE" \
      >>"$STATE/dockerd.log" 2>&1 </dev/null &
    # a background job of a non-interactive shell ignores SIGINT, so Ctrl-C in the caller's
    # terminal does not take the daemon down; stdout/stderr go to the log so `$(...)` returns.
    echo $! >"$DOCKERD_PID"
    log "started dockerd (pid $!)"
  fi
  wait_for dockerd docker_ready "$STATE/dockerd.log" "$DOCKERD_PID"
}

start_registry() {
  if live_pid "$REGISTRY_PID" >/dev/null; then
    log "registry already running (pid $(live_pid "$REGISTRY_PID")), reusing it"
  else
    if registry_ready; then
      die "something else already answers on $REGISTRY_ADDR (not started by this test env)"
    fi
    mkdir -p "$STATE/registry"
    cat >"$STATE/registry.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem: { rootdirectory: $STATE/registry }
  delete: { enabled: true }
http: { addr: $REGISTRY_ADDR }
EOF
    docker-registry serve "$STATE/registry.yml" >>"$STATE/registry.log" 2>&1 </dev/null &
    echo $! >"$REGISTRY_PID"
    log "started registry on $REGISTRY_ADDR (pid $!)"
  fi
  wait_for registry registry_ready "$STATE/registry.log" "$REGISTRY_PID"
}

stop_one() {
  local name="$1" pidfile="$2" pid i
  if ! pid="$(live_pid "$pidfile")"; then
    log "$name not running"
    rm -f "$pidfile"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 120; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name (pid $pid) did not stop in 30s, sending KILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$pidfile"
  log "stopped $name (pid $pid)"
}

# Mount points dockerd leaves under the state folder once it has stopped: the network namespace it
# bind-mounts at exec/netns/default for the first --network host container or build is not unmounted
# when dockerd stops (seen with Debian's docker.io 20.10). Left, it keeps the namespace alive and the
# state folder cannot be deleted ("Device or resource busy"). Deepest first; only under $STATE, so
# another daemon's mounts are never touched. (/proc/mounts writes a space in a path as \040: keep the
# state path free of spaces.)
unmount_leftovers() {
  local real mnt
  [[ -d "$STATE" ]] || return 0
  real="$(cd "$STATE" && pwd -P)"
  awk -v top="$real/" 'index($2, top) == 1 { print $2 }' /proc/self/mounts | sort -r | while read -r mnt; do
    if umount "$mnt" 2>/dev/null; then log "unmounted $mnt"; else log "could not unmount $mnt"; fi
  done
  # the namespace files are dockerd's run-time state: a new dockerd makes them again
  rm -f "$real/exec/netns/"* 2>/dev/null || true
}

cmd="${1:-}"
case "$cmd" in
  start)
    # checked before anything is created: unix socket paths are limited to about 100 characters
    (( ${#SOCK} < 100 )) || die "socket path too long (${#SOCK} chars): $SOCK; set IMGSLIM_TESTENV to a shorter directory"
    install_packages
    command -v curl >/dev/null 2>&1 || die "curl is needed to check the registry"
    mkdir -p "$STATE"
    # fail before starting anything when another registry (e.g. another checkout's test env) holds the port
    if ! live_pid "$REGISTRY_PID" >/dev/null && registry_ready; then
      die "something else already answers on $REGISTRY_ADDR (not started by this test env in $STATE)"
    fi
    start_dockerd
    start_registry
    echo "export DOCKER_HOST=unix://$SOCK"
    ;;
  stop)
    stop_one registry "$REGISTRY_PID"
    stop_one dockerd "$DOCKERD_PID"
    # stop_one has waited for our dockerd to exit (or killed it): what is still mounted is left over
    unmount_leftovers
    ;;
  status)
    rc=0
    if pid="$(live_pid "$DOCKERD_PID")"; then
      if docker_ready; then echo "dockerd: running (pid $pid), DOCKER_HOST=unix://$SOCK"
      else echo "dockerd: process $pid alive but not answering on unix://$SOCK"; rc=1; fi
    else echo "dockerd: stopped"; rc=1; fi
    if pid="$(live_pid "$REGISTRY_PID")"; then
      if registry_ready; then echo "registry: running (pid $pid) on $REGISTRY_ADDR"
      else echo "registry: process $pid alive but $REGISTRY_ADDR not answering"; rc=1; fi
    else echo "registry: stopped"; rc=1; fi
    exit $rc
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
