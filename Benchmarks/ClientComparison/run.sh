#!/usr/bin/env bash
# Side by side on this machine, for the Stripe spec: specc's client generation against
# swift-openapi-generator 1.14.3's (types + client), and the debug build time and peak memory of
# each generated client: specc's folder layout (one file per schema), the build plugin's layout
# (`generate-sources`, the types in Types_0 … as the plugin spreads them), and swift-openapi-generator's. Not part of
# CI (the builds take many minutes).
#
#   bash Benchmarks/ClientComparison/run.sh [spec.yaml] [--skip-builds | --specc-only]
#
# --specc-only builds only specc's two layouts (no swift-openapi-generator) and prints their ratio.
#
# Works in a scratch folder (default /tmp/specc-client-comparison, or $WORK); nothing is committed.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
spec=$(realpath "${1:-$repo/Tests/Corpus/stripe/spec3.yaml}")
skip_builds=${2:-}
work=${WORK:-/tmp/specc-client-comparison}
mkdir -p "$work"

measure() { # label, then a command: prints wall seconds and peak RSS
  local label=$1; shift
  local status=0
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/$label.log" 2>&1 || status=$?
  if [ "$status" -eq 124 ]; then echo "$label: did not finish within ${BUILD_TIMEOUT:-3600} s"; return 0; fi
  if [ "$status" -ne 0 ]; then echo "$label failed; see $work/$label.log"; tail -5 "$work/$label.log"; return 1; fi
  read -r seconds kilobytes < "$work/time.txt"
  last_seconds=$seconds
  printf '%-40s %8.2f s   peak %6.0f MB\n' "$label" "$seconds" "$((kilobytes / 1024))"
}

echo "building specc (release)…"
(cd "$repo" && swift build -c release --product specc > "$work/build-specc.log" 2>&1)
kinds=(specc specc-plugin generator)
if [ "$skip_builds" = "--specc-only" ]; then
  kinds=(specc specc-plugin)
  rm -rf "$work/specc-out" "$work/specc-plugin-out"
  measure "specc generate (client)" "$repo/.build/release/specc" generate --spec "$spec" --emit client --output "$work/specc-out"
else
echo "building swift-openapi-generator 1.14.3 (release)…"
if [ ! -d "$work/generator" ]; then
  git clone -q --branch 1.14.3 /opt/swift-packages/apple/swift-openapi-generator.git "$work/generator" 2>/dev/null \
    || git clone -q --branch 1.14.3 https://github.com/apple/swift-openapi-generator "$work/generator"
fi
(cd "$work/generator" && swift build -c release --product swift-openapi-generator > "$work/build-generator.log" 2>&1)
generator=$(cd "$work/generator" && swift build -c release --show-bin-path)/swift-openapi-generator

rm -rf "$work/specc-out" "$work/generator-out"
measure "specc generate (client)" "$repo/.build/release/specc" generate --spec "$spec" --emit client --output "$work/specc-out"
specc_seconds=$last_seconds
cat > "$work/generator-config.yaml" <<YAML
generate: [types, client]
accessModifier: public
YAML
measure "swift-openapi-generator (types+client)" "$generator" generate "$spec" --config "$work/generator-config.yaml" --output-directory "$work/generator-out"
echo "generation: specc is $(echo "scale=1; $last_seconds / $specc_seconds" | bc)x faster (target >= 25x)"
lines() { find "$@" -name '*.swift' -exec cat {} + | wc -l; }
files() { find "$@" -name '*.swift' | wc -l; }
echo "generated: specc $(lines "$work/specc-out") lines in $(files "$work/specc-out") files;" \
  "swift-openapi-generator $(lines "$work/generator-out") lines in $(files "$work/generator-out") files"

fi
[ "$skip_builds" = "--skip-builds" ] && exit 0
# What the build plugin writes for this spec with its default typesFiles: one per 64 KiB, 1 to 64.
types_files=$(( ($(stat -c %s "$spec") + 65535) / 65536 )); [ "$types_files" -gt 64 ] && types_files=64
measure "specc generate-sources (plugin layout, $types_files types files)" "$repo/.build/release/specc" generate-sources --spec "$spec" --generate types,client --types-files "$types_files" --output "$work/specc-plugin-out"
declare -A build_seconds
for kind in "${kinds[@]}"; do
  package="$work/package-$kind"
  rm -rf "$package" && mkdir -p "$package/Sources/Generated"
  if [ "$kind" = specc ] || [ "$kind" = specc-plugin ]; then
    if [ "$kind" = specc ]; then
      cp -R "$work"/specc-out/*/client "$work"/specc-out/*/models "$package/Sources/Generated/"
    else
      cp "$work"/specc-plugin-out/*.swift "$package/Sources/Generated/"
    fi
    dependency=".package(name: \"specc\", path: \"$repo\")"; product='.product(name: "SpeccRuntime", package: "specc")'
  else
    cp "$work"/generator-out/*.swift "$package/Sources/Generated/"
    dependency='.package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0")'
    product='.product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession")'
  fi
  cat > "$package/Package.swift" <<SWIFT
// swift-tools-version: 6.0
import PackageDescription
let package = Package(name: "Generated", platforms: [.macOS(.v14)],
  dependencies: [$dependency, .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4")],
  targets: [.target(name: "Generated", dependencies: [$product, .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")])])
SWIFT
  # Dependencies first, so the figure is the generated code's own build.
  (cd "$package" && swift build --target OpenAPIRuntime > /dev/null 2>&1 || true)
  (cd "$package" && [ "$kind" != generator ] && swift build --target SpeccRuntime > /dev/null 2>&1 || true)
  measure "debug build of $kind's client ($(find "$package/Sources/Generated" -name '*.swift' | wc -l) files)" timeout "${BUILD_TIMEOUT:-3600}" swift build --package-path "$package" --target Generated
  build_seconds[$kind]=$last_seconds
done
echo "the plugin layout builds in $(echo "scale=2; ${build_seconds[specc-plugin]} / ${build_seconds[specc]}" | bc)x the folder layout's time (target <= 1.2x)"
