#!/usr/bin/env bash
# Runs every test: unit, dialog, HTTP (Kestrel), Blob storage (Azurite, started by the tests) and browser
# (Debian's Chromium). Installs what is missing first. Extra arguments go to `dotnet test`.
# `./test.sh --fast` leaves out the classes marked [Slow] (they start Kestrel, Azurite, Chromium or a process):
# the unit and dialog tests, for the edit-test loop. CI runs the default, everything.
set -euo pipefail
cd "$(dirname "$0")"

fast=0
filter=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --fast) fast=1 ;;
    --filter) filter="$2"; shift ;;
    --filter=*) filter="${1#--filter=}" ;;
    *) args+=("$1") ;;
  esac
  shift
done
if [ "$fast" = 1 ]; then
  # The trait comes from Tests/Support/SlowAttribute.cs; a filter given too still applies.
  filter="${filter:+($filter)&}Category!=Slow"
fi
if [ -n "$filter" ]; then
  args+=(--filter "$filter")
fi

eng/ensure-npm-tools.sh

if [ "$fast" = 0 ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null
  else
    echo "Chromium is needed for the browser tests: sudo apt-get install chromium" >&2
    exit 1
  fi
fi

log=$(mktemp)
set +e
dotnet test ReportBot.sln -c Release ${args[@]+"${args[@]}"} 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One plain summary line over all test assemblies: "N passed, N failed, N skipped".
awk '/(Passed|Failed)! +- +Failed: /{gsub(",","");for(i=1;i<=NF;i++){if($i=="Failed:")f+=$(i+1);if($i=="Passed:")p+=$(i+1);if($i=="Skipped:")s+=$(i+1)}} END{printf "Tests: %d passed, %d failed, %d skipped\n",p,f,s}' "$log"
rm -f "$log"
exit "$status"
