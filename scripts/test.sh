#!/usr/bin/env bash
# Builds everything with warnings as errors and runs every test (GoogleTest through CTest).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTENURE_WERROR=ON
cmake --build build-test -j2
# Both executables start (smoke), then the suites.
build-test/app/tenure-cli --version
QT_QPA_PLATFORM=offscreen build-test/app/tenure --version
ctest --test-dir build-test --output-on-failure -j2
