#!/usr/bin/env bash
# Property-based tests of the example server (Examples/StrigoEventsServer) against its spec with
# schemathesis: every check (status codes, content types, response schemas, negative data must be
# rejected, valid data accepted, authentication enforced), stateful sequences included. Fails on
# any 5xx or any response the spec does not allow.
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
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
log="$(mktemp)"
.build/debug/strigo-events-server --port "$port" --token "$token" 2>"$log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
    grep -q "Strigo events API on" "$log" && break
    sleep 0.1
done

"$st" run Specs/strigo-events.yaml \
    --url "http://127.0.0.1:$port/api/v1" \
    --header "Authorization: Bearer $token" \
    --checks all \
    --max-examples "$examples" \
    --seed 20261123 \
    --no-color
# The server logs every handler error; a clean run has none.
if grep -q "failed:" "$log"; then
    echo "server errors during the run:" >&2
    cat "$log" >&2
    exit 1
fi
