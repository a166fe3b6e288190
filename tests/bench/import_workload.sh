#!/usr/bin/env bash
# Times `tenure-cli import` of a workload against the sqlite3 shell's `.import` of the same
# CSV files, side by side in one run (machines here are shared: compare the ratio, not seconds).
#
#   tests/bench/import_workload.sh [CUSTOMERS] [WORKDIR]
#
# CUSTOMERS defaults to 1,000,000 (about 10M events, 1M tickets, 300k NPS answers). The files
# come from `tenure-cli demo --out`. The shell stores untyped text with no index; Tenure parses
# and validates every value, resolves customers, and keeps its natural-key indexes.
set -euo pipefail
customers=${1:-1000000}
work=${2:-$(mktemp -d /tmp/tenure-import-bench.XXXXXX)}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build-bench}
cli=$build/app/tenure-cli
if [ ! -x "$cli" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTENURE_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" -j2 --target tenure-cli >/dev/null
fi
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell (apt-get install sqlite3)"; exit 2; }

mkdir -p "$work/csv"
if [ ! -f "$work/csv/customers.csv" ]; then
  echo "generating $customers customers into $work/csv"
  "$cli" demo --customers "$customers" --seed 1 --today 2026-10-31 --out "$work/csv" >/dev/null
fi
kinds=(customers subscriptions orders events tickets nps feedback onboarding interactions loyalty)
rows=0
for k in "${kinds[@]}"; do rows=$((rows + $(wc -l < "$work/csv/$k.csv") - 1)); done
bytes=$(du -cb "$work"/csv/*.csv | tail -1 | cut -f1)
echo "workload: $rows data rows, $((bytes / 1000000)) MB of CSV"

now() { date +%s.%N; }

rm -f "$work/shell.sqlite"
start=$(now)
{
  echo ".mode csv"
  for k in "${kinds[@]}"; do echo ".import $work/csv/$k.csv $k"; done
} | sqlite3 "$work/shell.sqlite"
shell=$(awk -v a="$(now)" -v b="$start" 'BEGIN { print a - b }')

rm -f "$work/tenure.sqlite"*
start=$(now)
for k in "${kinds[@]}"; do
  "$cli" --db "$work/tenure.sqlite" import "$k" "$work/csv/$k.csv" --format json >"$work/$k.json"
done
tenure=$(awk -v a="$(now)" -v b="$start" 'BEGIN { print a - b }')

printf 'sqlite3 .import : %8.2f s\n' "$shell"
printf 'tenure-cli import: %8.2f s\n' "$tenure"
printf 'ratio tenure/shell: %.2f (goal: <= 1.00)\n' "$(awk -v a="$tenure" -v b="$shell" 'BEGIN { print a / b }')"
for k in "${kinds[@]}"; do
  printf '  %-13s %s\n' "$k" "$(grep -o '"seconds":[0-9.e+-]*' "$work/$k.json" | cut -d: -f2) s"
done
