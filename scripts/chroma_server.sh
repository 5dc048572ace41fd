#!/usr/bin/env bash
# Start or stop a throwaway Chroma server for the server-mode tests.
#
#   eval "$(scripts/chroma_server.sh start)"   # exports JCA_TEST_CHROMA_HOST/PORT/PID (and _DIR)
#   scripts/chroma_server.sh stop              # stops $JCA_TEST_CHROMA_PID (or: stop PID)
#
# start picks a free port, runs `.venv/bin/chroma run --host 127.0.0.1 --port P --path TMP`
# in the background (log in TMP/server.log), waits for GET /api/v2/heartbeat, and prints the
# export line on stdout (everything else goes to stderr). stop kills that process id only.
set -euo pipefail
cd "$(dirname "$0")/.."

start() {
  local chroma=.venv/bin/chroma python=.venv/bin/python
  [ -x "$chroma" ] || { echo "chroma_server.sh: $chroma not found (run scripts/install.sh)" >&2; exit 1; }
  local port dir pid
  port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  dir=$(mktemp -d "${TMPDIR:-/tmp}/jca-chroma.XXXXXX")
  ANONYMIZED_TELEMETRY=False nohup "$chroma" run --host 127.0.0.1 --port "$port" --path "$dir/db" \
    >"$dir/server.log" 2>&1 </dev/null &
  pid=$!
  for _ in $(seq 1 120); do
    if "$python" - "$port" <<'EOF' 2>/dev/null; then
import sys, urllib.request
urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/api/v2/heartbeat", timeout=2).read()
EOF
      echo "Chroma server pid $pid on 127.0.0.1:$port (data and log in $dir)" >&2
      echo "export JCA_TEST_CHROMA_HOST=127.0.0.1 JCA_TEST_CHROMA_PORT=$port JCA_TEST_CHROMA_PID=$pid JCA_TEST_CHROMA_DIR=$dir"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "chroma_server.sh: the Chroma server exited; its log:" >&2
      cat "$dir/server.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "chroma_server.sh: no heartbeat on port $port after 60 s; stopping pid $pid" >&2
  kill "$pid" 2>/dev/null || true
  exit 1
}

stop() {
  local pid=${1:-${JCA_TEST_CHROMA_PID:-}}
  [ -n "$pid" ] || { echo "chroma_server.sh stop: no pid given and JCA_TEST_CHROMA_PID is not set" >&2; exit 1; }
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
    echo "Chroma server pid $pid stopped" >&2
  fi
  case "${JCA_TEST_CHROMA_DIR:-}" in  # the folder start made, when its export line was used
    */jca-chroma.*) rm -rf "$JCA_TEST_CHROMA_DIR" ;;
  esac
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start | stop [PID]" >&2; exit 2 ;;
esac
