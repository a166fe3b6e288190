#!/usr/bin/env bash
# Checks that the committed translations cover every text of the window: lupdate is run over the
# sources into copies of the .ts files, and no text may be new, unfinished or empty. After adding
# or changing a tr() text: `cmake --build BUILD --target update_translations`, then translate it
# in resources/translations/*.ts (Qt Linguist, or by hand).
# Usage: check-translations.sh LUPDATE SOURCE_DIR SCRATCH_DIR
set -euo pipefail
lupdate=$1 source=$2 work=$3
rm -rf "$work"
mkdir -p "$work"
cp "$source"/resources/translations/*.ts "$work/"
mapfile -t sources < <(find "$source/ui" -name '*.cpp' -o -name '*.h' | sort)
sources+=("$source/app/tenure_main.cpp")
"$lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts "$work"/*.ts
status=0
for ts in "$work"/*.ts; do
  name=$(basename "$ts")
  if ! cmp -s "$ts" "$source/resources/translations/$name"; then
    echo "check-translations: $name is not up to date with the sources:" >&2
    diff -u "$source/resources/translations/$name" "$ts" >&2 || true
    status=1
  fi
  unfinished=$(grep -c -e 'type="unfinished"' -e '<translation></translation>' "$ts" || true)
  if [ "$unfinished" -ne 0 ]; then
    echo "check-translations: $name has $unfinished untranslated texts" >&2
    status=1
  fi
  echo "check-translations: $name: $(grep -c '<source>' "$ts") texts"
done
exit $status
