#!/usr/bin/env bash
# Installs the Debian 12 packages Tenure needs to build, test and run. Idempotent: packages
# already present are not fetched again. Runs apt-get as root, through sudo otherwise.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6sql6-sqlite libgl-dev
  # Qt6Charts's CMake package needs Qt6OpenGL's, which qt6-charts-dev does not pull in.
  libqt6opengl6-dev
  # Charts exported as SVG (QSvgGenerator).
  qt6-svg-dev
  libqcustomplot-dev libsqlite3-dev sqlite3
  libgtest-dev libgmock-dev libbenchmark-dev libcsv-dev
  xvfb xauth
  # Translations (lupdate, lrelease and their CMake package), Qt's own translations, and CJK
  # glyphs for the Japanese and Chinese window.
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n fonts-noto-cjk
  # The Debian package and its checks (tests/packaging); librsvg2-bin for scripts/render-icons.sh.
  dpkg-dev desktop-file-utils appstream lintian man-db librsvg2-bin
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
