#!/usr/bin/env bash
# Builds Tenure and opens it. The first start creates the default store and fills it with the
# demo company; pass a store file to open that one instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2 --target tenure tenure-cli
exec build/app/tenure "$@"
