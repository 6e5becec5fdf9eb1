#!/usr/bin/env bash
# Generates the Swift client for OpenAI's spec (Tests/Corpus/openai/openapi.yaml; its webhooks'
# receivers too), compiles it in Swift 6 mode in a scratch package beside a small program
# (Tests/OpenAIStub/main.swift), and runs that program against a local stub of two endpoints
# (Tests/OpenAIStub/stub_server.py): a multipart createTranscription upload and a streamed (SSE)
# createChatCompletion. In the same package, a Stripe client filtered to three customer
# operations (generate-sources, the build plugin's layout) must hold exactly those and compile.
# Fails on any compiler warning, and on any difference between what was sent and what the stub read.
#
#   bash Tests/Scripts/openai-stub.sh
#
# Works in .build/openai-stub (ignored by git); the spec's client is regenerated on every run.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work="$repo/.build/openai-stub"
package="$work/package"
corpus=${SPECC_CORPUS:-$repo/Tests/Corpus}
mkdir -p "$work"

(cd "$repo" && swift build --product specc > "$work/build-specc.log" 2>&1) || { cat "$work/build-specc.log"; exit 1; }
rm -rf "$work/out" "$package/Sources"
"$repo/.build/debug/specc" generate --spec "$corpus/openai/openapi.yaml" --emit client --output "$work/out" > /dev/null 2> "$work/generate.log"
rm -rf "$work/stripe-out"
"$repo/.build/debug/specc" generate-sources --spec "$corpus/stripe/spec3.yaml" --output "$work/stripe-out" --generate types,client \
  --filter-operation GetCustomers --filter-operation PostCustomers --filter-operation GetCustomersCustomer > /dev/null 2> "$work/stripe-generate.log"
methods=$(grep -oE '^    public func [A-Za-z]+' "$work/stripe-out/Client.swift" | awk '{print $3}' | sort | tr '\n' ' ')
[ "$methods" = "getCustomers getCustomersCustomer postCustomers " ] || { echo "FAIL: the filtered Stripe client has '$methods'"; exit 1; }
mkdir -p "$package/Sources/OpenAIClient" "$package/Sources/openai-check" "$package/Sources/StripeCustomers"
cp "$work"/stripe-out/*.swift "$package/Sources/StripeCustomers/"
cp -R "$work"/out/*/models "$work"/out/*/client "$package/Sources/OpenAIClient/"
cp "$repo/Tests/OpenAIStub/main.swift" "$package/Sources/openai-check/main.swift"
# The repository's package identity is its folder's name, whatever the clone is called.
identity=$(basename "$repo" | tr '[:upper:]' '[:lower:]')
cat > "$package/Package.swift" <<SWIFT
// swift-tools-version: 6.0
import PackageDescription
let package = Package(name: "OpenAIStubCheck", platforms: [.macOS(.v14)],
  dependencies: [.package(path: "$repo"), .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
                 .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
                 .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0")],
  targets: [
    .target(name: "OpenAIClient", dependencies: [.product(name: "SpeccRuntime", package: "$identity"), .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")]),
    .target(name: "StripeCustomers", dependencies: [.product(name: "SpeccRuntime", package: "$identity"), .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")]),
    .executableTarget(name: "openai-check", dependencies: ["OpenAIClient", .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                                                           .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                                                           .product(name: "SpeccRuntime", package: "$identity"), .product(name: "HTTPTypes", package: "swift-http-types")]),
  ],
  swiftLanguageModes: [.v6])
SWIFT
start=$(date +%s)
if ! swift build --package-path "$package" --product openai-check > "$work/build.log" 2>&1; then
  grep -E ': error:' "$work/build.log" | sort -u | head -20; tail -5 "$work/build.log"; exit 1
fi
if ! swift build --package-path "$package" --target StripeCustomers > "$work/build-stripe.log" 2>&1; then
  grep -E ': error:' "$work/build-stripe.log" | sort -u | head -20; tail -5 "$work/build-stripe.log"; exit 1
fi
cat "$work/build-stripe.log" >> "$work/build.log"
warnings=$(grep -E ': warning:' "$work/build.log" | grep -v '/checkouts/' | sort -u || true)
if [ -n "$warnings" ]; then echo "FAIL: the generated OpenAI client compiles with warnings:"; echo "$warnings" | head -20; exit 1; fi
echo "openai-stub: generated and compiled OpenAI's client (models, client and webhooks, Swift 6 mode, no warnings) and a Stripe client filtered to $methods($(cat "$work"/stripe-out/Types*.swift | grep -c '^public struct') structs) in $(( $(date +%s) - start )) s"

port_file="$work/port"
rm -f "$port_file"
python3 "$repo/Tests/OpenAIStub/stub_server.py" "$port_file" &
stub=$!
trap 'kill $stub 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$port_file" ] && break; sleep 0.1; done
[ -s "$port_file" ] || { echo "FAIL: the stub server did not start"; exit 1; }
# The audio the program sends, hashed here by Python as the stub will hash what it receives.
audio_sha=$(python3 -c 'import hashlib; d = bytes(range(256)) + b"\r\n--\r\n" + bytes(i % 251 for i in range(4096)); print(hashlib.sha256(d).hexdigest()[:16])')
OPENAI_STUB_URL="http://127.0.0.1:$(cat "$port_file")/v1" OPENAI_STUB_AUDIO_SHA="$audio_sha" "$package/.build/debug/openai-check"
