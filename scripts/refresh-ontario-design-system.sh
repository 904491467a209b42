#!/usr/bin/env bash
# Refreshes the vendored Ontario Design System global styles (Apache-2.0) from the npm registry.
# Usage: scripts/refresh-ontario-design-system.sh [version]
set -euo pipefail
version="${1:-4.2.0}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/app/src/main/resources/static/vendor/ontario-design-system"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@ongov/ontario-design-system-global-styles@$version" >/dev/null && tar xzf ./*.tgz)
rm -rf "$dest"
mkdir -p "$dest/styles/css/compiled" "$dest/favicons"
cp "$work/package/dist/styles/css/compiled/ontario-theme.min.css" "$dest/styles/css/compiled/"
cp -r "$work/package/dist/fonts" "$dest/fonts"
cp "$work/package/dist/favicons/favicon.ico" "$work/package/dist/favicons/favicon.svg" "$dest/favicons/"
cp "$work/package/LICENSE" "$dest/LICENSE"
echo "@ongov/ontario-design-system-global-styles $version (npm), Apache-2.0; refreshed by scripts/refresh-ontario-design-system.sh" > "$dest/VERSION"
echo "Vendored Ontario Design System global styles $version into $dest"
