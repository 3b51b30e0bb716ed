#!/usr/bin/env bash
# Installs the npm tools (Web Chat, the SignalR browser client, Azurite) when the lockfile's content changed since
# the last install; file times are not trusted (a fresh checkout or a git worktree resets them).
set -euo pipefail
cd "$(dirname "$0")/.."
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.reportbot-lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  npm ci --no-audit --no-fund
  echo "$lock_hash" > node_modules/.reportbot-lock-hash
fi
