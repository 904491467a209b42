#!/usr/bin/env bash
# Refreshes the vendored Cytoscape.js (MIT) from the npm registry: only the minified browser build and the licence,
# served from our own origin by the analysts' network view (static/js/network.js); nothing is fetched at run time.
# Usage: scripts/refresh-cytoscape.sh [version]   (needs npm)
set -euo pipefail
version="${1:-3.35.0}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/app/src/main/resources/static/vendor/cytoscape"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "cytoscape@$version" >/dev/null && tar xzf ./*.tgz)
rm -rf "$dest"
mkdir -p "$dest"
cp "$work/package/dist/cytoscape.min.js" "$dest/"
cp "$work/package/LICENSE" "$dest/LICENSE"
echo "cytoscape $version (npm), MIT; refreshed by scripts/refresh-cytoscape.sh" > "$dest/VERSION"
echo "Vendored Cytoscape.js $version into $dest"
