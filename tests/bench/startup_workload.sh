#!/usr/bin/env bash
# The desktop's start-up on a large store (issue 4: "the window shows the dashboard within
# 1.5 s of start"): tenure is started RUNS times under xvfb-run on a demo store of CUSTOMERS
# customers and prints, in milliseconds since main() began, when the first dashboard cards were
# on screen, when all of them were, and when the accounts list (every customer) was loaded.
#
#   tests/bench/startup_workload.sh [CUSTOMERS] [STORE] [RUNS]
set -euo pipefail
customers=${1:-1000000}
store=${2:-/tmp/tenure-startup-$customers.sqlite}
runs=${3:-3}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${BUILD_DIR:-$root/build}
if [ ! -x "$build/app/tenure" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$build" -j2 --target tenure tenure-cli
fi
if [ ! -f "$store" ]; then
  echo "startup: creating a demo store of $customers customers in $store"
  "$build/app/tenure-cli" --db "$store" demo --customers "$customers"
fi
for run in $(seq "$runs"); do
  echo "run $run:"
  xvfb-run -a -s "-screen 0 1280x800x24" env TENURE_STARTUP_TIMES=1 "$build/app/tenure" "$store" 2>/dev/null |
    sed 's/^/  /'
done
