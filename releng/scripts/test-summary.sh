#!/usr/bin/env bash
# Prints one line summing up every Surefire report of the last build:
#   Tests: N passed, N failed, N skipped     (failed = failures + errors)
# Usage: releng/scripts/test-summary.sh [REPO_DIR]
set -u
cd "${1:-.}" || exit 2
total=0; failed=0; skipped=0; files=0
while IFS= read -r -d '' report; do
  files=$((files + 1))
  line=$(grep -m1 -o '<testsuite [^>]*>' "$report") || continue
  attr() { printf '%s' "$line" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" | head -n 1; }
  total=$((total + $(attr tests))); skipped=$((skipped + $(attr skipped)))
  failed=$((failed + $(attr failures) + $(attr errors)))
done < <(find . -path '*/target/surefire-reports/TEST-*.xml' -not -path './.git/*' -print0 2>/dev/null)
echo "Tests: $((total - failed - skipped)) passed, $failed failed, $skipped skipped ($files report files)"
