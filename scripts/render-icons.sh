#!/usr/bin/env bash
# Renders the hicolor PNG icons from the scalable SVG (rsvg-convert, from librsvg2-bin). The
# PNGs are committed, so that building needs no SVG renderer: run this after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons/hicolor"
svg=scalable/apps/app.tenure.Tenure.svg
for size in 16 32 48 64 128 256; do
  mkdir -p "${size}x${size}/apps"
  rsvg-convert --width "$size" --height "$size" --format png "$svg" -o "${size}x${size}/apps/app.tenure.Tenure.png"
done
echo "render-icons: $(ls -d */apps/app.tenure.Tenure.png | wc -l) PNGs from $svg"
