#!/usr/bin/env bash
# Runs the committed main and post bundles under the given node (CI passes Node 24) the way a
# runner does: INPUT_* variables and file commands, on a tiny lcov report. Fails on any surprise.
set -euo pipefail
NODE="${1:-node}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/repo/src" "$WORK/temp"
printf 'SF:%s/repo/src/a.js\nDA:1,1\nDA:2,0\nDA:3,4\nDA:4,1\nLF:4\nLH:3\nend_of_record\n' "$WORK" >"$WORK/repo/lcov.info"
echo '{}' >"$WORK/event.json"
: >"$WORK/output" ; : >"$WORK/env" ; : >"$WORK/state" ; : >"$WORK/summary"
# Input names keep their dashes (INPUT_TEST-COMMAND), which bash cannot export: pass them via env.
RUNNER_ENV=(
  "GITHUB_WORKSPACE=$WORK/repo" "RUNNER_TEMP=$WORK/temp" "GITHUB_EVENT_PATH=$WORK/event.json"
  GITHUB_EVENT_NAME=workflow_dispatch GITHUB_REPOSITORY=acme/app
  GITHUB_SHA=0123456789abcdef0123456789abcdef01234567 GITHUB_REF=refs/heads/feature
  "GITHUB_OUTPUT=$WORK/output" "GITHUB_ENV=$WORK/env" "GITHUB_STATE=$WORK/state"
  "GITHUB_STEP_SUMMARY=$WORK/summary" GITHUB_API_URL=http://127.0.0.1:9 GITHUB_SERVER_URL=https://github.com
  INPUT_GITHUB-TOKEN=none INPUT_WORKING-DIRECTORY=. INPUT_COVERAGE-FILES=lcov.info INPUT_FAIL-UNDER=70
  INPUT_COMMENT=false INPUT_ANNOTATIONS=true INPUT_COMMENT-ID=covgate INPUT_MODE=run INPUT_POSTGRES=false
  INPUT_POSTGRES-USER=test_user INPUT_POSTGRES-DB=test_db INPUT_POSTGRES-PORT=5432
  INPUT_DATABASE-URL-ENV=DATABASE_URL,TEST_DATABASE_URL
)
cd "$WORK/repo"
env "${RUNNER_ENV[@]}" "$NODE" "$ROOT/dist/main/index.js"
grep -q '^lines<<' "$WORK/output" || grep -q '^lines=' "$WORK/output"
grep -A1 '^lines' "$WORK/output" | grep -qx '75'
grep -A1 '^passed' "$WORK/output" | grep -qx 'true'
test -s "$WORK/summary"
env "${RUNNER_ENV[@]}" "$NODE" "$ROOT/dist/post/index.js"
echo "main + post bundles ok under $("$NODE" --version): lines 75% (3/4), summary written"
