#!/usr/bin/env bash
# Builds the Debian package from the build tree (cpack, into a scratch folder) and checks it: the
# files a desktop and a terminal need are in it, the dependencies were computed, the desktop file,
# the AppStream metainfo and the manual pages validate, the installed programs run and find their
# translations, and lintian reports no error.
# Usage: check-deb.sh BUILD_DIR SCRATCH_DIR VERSION APP_ID
set -euo pipefail
build=$1 work=$2 version=$3 appid=$4

fail() { echo "check-deb: $*" >&2; exit 1; }
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli lintian man; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/install-deps.sh installs it)"
done

rm -rf "$work"
mkdir -p "$work"
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  fail "cpack failed"
fi
deb="$work/tenure_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "no $deb (cpack wrote: $(ls "$work"))"
echo "check-deb: built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# The files.
dpkg-deb -c "$deb" | awk '{print $6}' >"$work/files"
expected=(
  ./usr/bin/tenure ./usr/bin/tenure-cli
  "./usr/share/applications/$appid.desktop"
  "./usr/share/metainfo/$appid.metainfo.xml"
  "./usr/share/icons/hicolor/scalable/apps/$appid.svg"
  ./usr/share/man/man1/tenure.1.gz ./usr/share/man/man1/tenure-cli.1.gz
  ./usr/share/tenure/translations/tenure_ja.qm ./usr/share/tenure/translations/tenure_zh_CN.qm
  ./usr/share/doc/tenure/copyright ./usr/share/doc/tenure/changelog.gz
)
for size in 16 32 48 64 128 256; do
  expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$appid.png")
done
for file in "${expected[@]}"; do
  grep -qxF "$file" "$work/files" || fail "the package lacks $file"
done
echo "check-deb: ${#expected[@]} expected files present ($(grep -cv '/$' "$work/files") files in all)"

# The control fields: the version, the libraries found by dpkg-shlibdeps, the plugins and fonts.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Version)" = "$version" ] || fail "Version is $(field Version), not $version"
for dependency in libqt6widgets6 libqt6sql6 libsqlite3-0 libc6 libqt6sql6-sqlite qt6-qpa-plugins; do
  field Depends | grep -qw -- "$dependency" || fail "Depends lacks $dependency: $(field Depends)"
done
field Recommends | grep -qw fonts-noto-cjk || fail "Recommends lacks fonts-noto-cjk: $(field Recommends)"
echo "check-deb: Depends: $(field Depends)"

# The installed tree: validators, the programs, the manual pages.
root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop="$root/usr/share/applications/$appid.desktop"
metainfo="$root/usr/share/metainfo/$appid.metainfo.xml"
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate: $out"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate failed"
# The metainfo against the tree: its desktop file and icon are there.
appstreamcli validate-tree --no-net "$root" >/dev/null || fail "appstreamcli validate-tree failed"
release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n1 | cut -d'"' -f2)
[ "$release" = "$version" ] || fail "the metainfo's newest release is $release, not $version"
grep -q "<id>$appid</id>" "$metainfo" || fail "the metainfo's id is not $appid"
grep -q "<launchable type=\"desktop-id\">$appid.desktop</launchable>" "$metainfo" ||
  fail "the metainfo does not launch $appid.desktop"
grep -qx "Icon=$appid" "$desktop" || fail "the desktop file's icon is not $appid"
zcat "$root/usr/share/doc/tenure/changelog.gz" | head -n1 | grep -qF "($version)" ||
  fail "the changelog's first entry is not $version"

[ "$("$root/usr/bin/tenure-cli" --version)" = "tenure-cli $version" ] || fail "tenure-cli --version"
[ "$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/tenure" --version)" = "tenure $version" ] ||
  fail "tenure --version"
# The installed window finds its translations (the help text is translated too).
QT_QPA_PLATFORM=offscreen LANGUAGE=ja LANG=ja_JP.UTF-8 "$root/usr/bin/tenure" --help 2>/dev/null |
  grep -q 'ローカルファースト' || fail "tenure --help is not in Japanese with LANGUAGE=ja"
for page in "$root"/usr/share/man/man1/*.1.gz; do
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 "$page" 2>&1 >/dev/null)
  [ -z "$warnings" ] || fail "$(basename "$page"): $warnings"
done
echo "check-deb: desktop file, metainfo, manual pages and programs are fine"

# lintian: warnings are reported, errors fail.
lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || lintian_status=$?
cat "$work/lintian.log"
[ "${lintian_status:-0}" -eq 0 ] || fail "lintian reports errors"
echo "check-deb: lintian: $(grep -c '^E:' "$work/lintian.log") errors, $(grep -c '^W:' "$work/lintian.log") warnings"
