#!/usr/bin/env bash
# Property-based tests of the generated servers against their specs with schemathesis: every
# check (status codes, content types, response schemas, negative data rejected, valid data
# accepted, authentication enforced, undeclared methods), stateful sequences included. Two
# servers: the Strigo example (Examples/StrigoEventsServer, in memory, bearer token) and the
# edge-cases API (Examples/EdgeCasesServer: every parameter style and body kind). Fails on any
# 5xx, any response the spec does not allow, or any handler error logged.
#
#     bash Tests/Scripts/schemathesis.sh            # 100 examples per operation
#     SCHEMATHESIS_EXAMPLES=500 bash Tests/Scripts/schemathesis.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

examples="${SCHEMATHESIS_EXAMPLES:-100}"
token="schemathesis-org:schemathesis-key"
# `st` from PATH, else from the Python scripts folder pip installed it into.
st="$(command -v st || true)"
[ -n "$st" ] || st="$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))')/st"
[ -x "$st" ] || { echo "schemathesis is missing: run bash .ci/setup" >&2; exit 1; }

swift build --product strigo-events-server
swift build --product edge-cases-server

servers=()
logs=()
trap 'for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -f "${logs[@]}"' EXIT

# run NAME SPEC PATH-PREFIX SERVER-ARGS... : start the server on a free port, run schemathesis.
run() {
    local name="$1" spec="$2" prefix="$3"
    shift 3
    local port log
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    log="$(mktemp)"
    logs+=("$log")
    ".build/debug/$name" --port "$port" "$@" 2>"$log" &
    servers+=($!)
    for _ in $(seq 1 100); do
        grep -q " on http://" "$log" && break
        sleep 0.1
    done
    echo "== schemathesis: $spec against $name"
    "$st" run "$spec" --url "http://127.0.0.1:$port$prefix" "${headers[@]}" \
        --checks all --max-examples "$examples" --seed 20261123 --no-color
    # The servers log every handler error; a clean run has none.
    if grep -q "failed:" "$log"; then
        echo "server errors during the run:" >&2
        cat "$log" >&2
        exit 1
    fi
}

headers=(--header "Authorization: Bearer $token")
run strigo-events-server Specs/strigo-events.yaml /api/v1 --token "$token"
headers=()
run edge-cases-server Specs/edge-cases.yaml ""
