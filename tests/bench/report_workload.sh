#!/usr/bin/env bash
# The four workload reports of issue 3, timed as fresh tenure-cli processes, then DuckDB on the
# same CSV files (load and compute timed apart), and every cell compared.
#
#   tests/bench/report_workload.sh [CUSTOMERS] [WORKDIR]
#
# Reuses WORKDIR's CSV files and store from import_workload.sh when they are there.
set -euo pipefail
customers=${1:-1000000}
work=${2:-/tmp/tenure-import-bench-$customers}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${BUILD_DIR:-$root/build-bench}
cli=$build/app/tenure-cli
if [ ! -f "$work/tenure.sqlite" ]; then
  BUILD_DIR=$build "$here/import_workload.sh" "$customers" "$work"
fi
(cd "$here/duckdb" && [ -d node_modules ] || npm install --no-audit --no-fund --silent)

mkdir -p "$work/json"
total=0
run() {
  local name=$1; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/json/$name.mem" "$cli" --db "$work/tenure.sqlite" report "$@" --format json >"$work/json/$name.json"
  end=$(date +%s.%N)
  local seconds; seconds=$(awk -v a="$end" -v b="$start" 'BEGIN { print a - b }')
  total=$(awk -v a="$total" -v b="$seconds" 'BEGIN { print a + b }')
  printf '  %-8s %6.2f s  %5d MB\n' "$name" "$seconds" "$(( $(cat "$work/json/$name.mem") / 1024 ))"
}
echo "tenure-cli report (fresh processes):"
TZ=UTC run churn churn --period month
TZ=UTC run cohorts cohorts --basis signup --activity events --period month
TZ=UTC run support support --by channel --period month
TZ=UTC run nps nps --period month
printf '  total    %6.2f s\n' "$total"
echo "DuckDB on the same CSV files:"
node "$here/duckdb/crosscheck.mjs" "$work/csv" "$work/json"
