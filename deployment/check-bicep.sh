#!/usr/bin/env bash
# Compiles and lints the deployment (main.bicep, its modules and main.bicepparam) with the Bicep CLI and fails on
# any error or warning. The CLI comes from the NuGet package Azure.Bicep.CommandLine.linux-x64 (restored by
# deployment/tools/bicep.csproj into the NuGet global packages folder), because machines that build ReportBot
# may reach a NuGet feed and nothing else. Set BICEP=/path/to/bicep to use another binary (e.g. on macOS).
set -euo pipefail
cd "$(dirname "$0")"

bicep_version=0.49.2
if [ -z "${BICEP:-}" ]; then
  dotnet restore tools/bicep.csproj --verbosity quiet >/dev/null
  packages=$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: //p')
  BICEP="${packages%/}/azure.bicep.commandline.linux-x64/${bicep_version}/tools/bicep"
fi
if [ ! -x "$BICEP" ]; then
  chmod +x "$BICEP" 2>/dev/null || { echo "Bicep CLI not found at $BICEP" >&2; exit 1; }
fi

# Placeholder secrets, only so the parameters file compiles; nothing is deployed. They have the lengths main.bicep
# demands (44 characters: base64 of 32 bytes). Kakao is left off here and compiled on below.
placeholder=$(printf 'A%.0s' $(seq 43))=
export REPORTBOT_KEY_ENCRYPTION_KEY=$placeholder REPORTBOT_PSEUDONYM_SECRET=$placeholder \
  REPORTBOT_CASES_CODE_PEPPER=$placeholder REPORTBOT_HANDOFF_ENCRYPTION_KEY=$placeholder \
  REPORTBOT_COUNSELLOR_SIGNING_KEY=$placeholder REPORTBOT_DIRECTLINE_SECRET=$placeholder \
  REPORTBOT_DIRECTLINE_TOKEN_SIGNING_KEY=$placeholder REPORTBOT_RECORD_SIGNING_KEY=$placeholder \
  REPORTBOT_PUBLIC_BASE_URL=https://reportbot.example.org REPORTBOT_FRAME_ANCESTORS='https://www.example.org https://help.example.org'
unset REPORTBOT_KAKAO_SECRET REPORTBOT_KAKAO_CONVERSATION_KEY

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
run() {
  # Bicep exits 0 on warnings; the build must not, so every diagnostic line counts as a failure.
  local log="$out/log"
  if ! "$BICEP" "$@" >"$log" 2>&1; then status=1; fi
  if grep -E ': (Warning|Error) ' "$log"; then status=1; fi
}
run build main.bicep --outdir "$out"
run lint main.bicep
run build-params main.bicepparam --outfile "$out/main.parameters.json"
run lint main.bicepparam
# With KakaoTalk on, the conversation key is required: the parameters file must refuse to build without it.
if REPORTBOT_KAKAO_SECRET=$placeholder "$BICEP" build-params main.bicepparam --stdout >/dev/null 2>&1; then
  echo "main.bicepparam built with REPORTBOT_KAKAO_SECRET but no REPORTBOT_KAKAO_CONVERSATION_KEY" >&2
  status=1
fi
REPORTBOT_KAKAO_SECRET=$placeholder REPORTBOT_KAKAO_CONVERSATION_KEY=$placeholder \
  run build-params main.bicepparam --outfile "$out/main.kakao.parameters.json"

if [ "$status" -ne 0 ]; then
  echo "Bicep check FAILED (errors or warnings above)." >&2
  exit 1
fi
echo "Bicep check passed: main.bicep, $(ls modules/*.bicep | wc -l) modules and main.bicepparam build and lint with no warnings ($("$BICEP" --version))."
