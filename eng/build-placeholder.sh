#!/usr/bin/env bash
# Rebuilds the AdaptiveCards placeholder package into eng/feed (see eng/placeholder-adaptivecards/README.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dotnet pack "$here/placeholder-adaptivecards/AdaptiveCards.csproj" -c Release -o "$here/feed" -p:ContinuousIntegrationBuild=true
rm -rf "$here/placeholder-adaptivecards/bin" "$here/placeholder-adaptivecards/obj"
