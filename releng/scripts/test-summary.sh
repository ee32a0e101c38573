#!/usr/bin/env bash
# Prints one line summing up every Surefire report of the last build:
#   Tests: N passed, N failed, N skipped     (failed = failures + errors)
# Usage: releng/scripts/test-summary.sh [REPO_DIR [STAMP_FILE]]
#   with STAMP_FILE, only reports written after it (this build's, not stale ones of modules outside
#   the reactor such as benchmarks/) are counted
set -u
stamp=${2:-}
[ -n "$stamp" ] && stamp=$(realpath "$stamp")
cd "${1:-.}" || exit 2
newer=()
[ -n "$stamp" ] && newer=(-newer "$stamp")

attr() {  # attr NAME TAG: the number in NAME="..." of the tag, 0 when absent
  local value
  value=$(printf '%s' "$2" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" | head -n 1)
  echo "${value:-0}"
}

total=0; failed=0; skipped=0; files=0
while IFS= read -r -d '' report; do
  files=$((files + 1))
  tag=$(grep -m1 -o '<testsuite [^>]*>' "$report") || continue
  total=$((total + $(attr tests "$tag")))
  skipped=$((skipped + $(attr skipped "$tag")))
  failed=$((failed + $(attr failures "$tag") + $(attr errors "$tag")))
done < <(find . -path '*/target/surefire-reports/TEST-*.xml' -not -path './.git/*' "${newer[@]}" -print0 2>/dev/null)
echo "Tests: $((total - failed - skipped)) passed, $failed failed, $skipped skipped ($files report files)"
