#!/usr/bin/env bash
# Generates every output of the large real specs (DigitalOcean's 2,900-file spec, OpenAI's) and
# compiles the generated Swift (models, client and server) in Swift 6 mode, in a scratch package:
# prints the generation time, the build time and peak memory, and every compiler warning or error.
# Not part of CI (each build takes minutes).
#
#   bash Benchmarks/CorpusCompile/run.sh [digitalocean|openai ...]
#
# Works in $WORK (default /tmp/specc-corpus-compile); nothing is committed. Exits 1 if any build
# fails or warns.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${WORK:-/tmp/specc-corpus-compile}
corpus=${SPECC_CORPUS:-$repo/Tests/Corpus}
mkdir -p "$work"
declare -A specs=(
  [digitalocean]="$corpus/digitalocean/specification/DigitalOcean-public.v2.yaml"
  [openai]="$corpus/openai/openapi.yaml"
)
names=("$@"); [ ${#names[@]} -eq 0 ] && names=(digitalocean openai)

(cd "$repo" && swift build -c release --product specc > "$work/build-specc.log" 2>&1)
status=0
for name in "${names[@]}"; do
  spec=${specs[$name]}
  out="$work/$name-out"; package="$work/$name-package"
  rm -rf "$out"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$repo/.build/release/specc" generate --spec "$spec" --output "$out" 2> "$work/$name-generate.log" > /dev/null
  read -r seconds kilobytes < "$work/time.txt"
  files=$(find "$out" -type f | wc -l)
  printf '%-14s generate: %6.2f s, peak %5d MB, %d files, %d warnings\n' "$name" "$seconds" "$((kilobytes / 1024))" "$files" "$(grep -c ': warning:' "$work/$name-generate.log" || true)"
  rm -rf "$package/Sources" && mkdir -p "$package/Sources/Generated"
  cp -R "$out"/*/models "$out"/*/client "$out"/*/server "$package/Sources/Generated/"
  cat > "$package/Package.swift" <<SWIFT
// swift-tools-version: 6.0
import PackageDescription
let package = Package(name: "Generated", platforms: [.macOS(.v14)],
  dependencies: [.package(name: "specc", path: "$repo"), .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4")],
  targets: [.target(name: "Generated", dependencies: [.product(name: "SpeccRuntime", package: "specc"), .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")])],
  swiftLanguageModes: [.v6])
SWIFT
  # Dependencies first, so the figure is the generated code's own build.
  (cd "$package" && swift build --target SpeccRuntime > "$work/$name-deps.log" 2>&1 || true)
  build_status=0
  /usr/bin/time -f "%e %M" -o "$work/time.txt" swift build --package-path "$package" --target Generated > "$work/$name-build.log" 2>&1 || build_status=$?
  read -r seconds kilobytes < "$work/time.txt"
  warnings=$(grep -c ': warning:' "$work/$name-build.log" || true)
  errors=$(grep -c ': error:' "$work/$name-build.log" || true)
  printf '%-14s debug build: %6.1f s, peak %5d MB, %d warnings, %d errors (exit %d)\n' "$name" "$seconds" "$((kilobytes / 1024))" "$warnings" "$errors" "$build_status"
  grep -E ': (warning|error):' "$work/$name-build.log" | sort -u | head -20 || true
  if [ "$build_status" -ne 0 ] || [ "$warnings" -ne 0 ]; then status=1; fi
done
exit $status
