#!/usr/bin/env bash
# Rebuilds app/src/main/resources/directory/ontario-postal-areas.csv (Ontario FSA centroids) from the
# GeoNames postal code dump for Canada (CC BY 4.0): CA.txt, tab-separated, one row per FSA.
# Usage: scripts/refresh-postal-areas.sh [path/to/CA.txt | path/to/CA.zip]
# Without an argument it downloads CA.zip from GeoNames (needs access to download.geonames.org).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/app/src/main/resources/directory/ontario-postal-areas.csv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
source="${1:-}"
if [ -z "$source" ]; then
  curl -fsSL -o "$work/CA.zip" https://download.geonames.org/export/zip/CA.zip
  source="$work/CA.zip"
fi
case "$source" in
  *.zip) unzip -p "$source" CA.txt > "$work/CA.txt" ;;
  *) cp "$source" "$work/CA.txt" ;;
esac
# Columns: country, postal code, place, admin1 name, admin1 code, ..., latitude (10), longitude (11).
{
  echo "fsa,latitude,longitude"
  awk -F'\t' '$1 == "CA" && $5 == "ON" && $2 ~ /^[KLMNP][0-9][A-Z]$/ && !seen[$2]++ { print $2 "," $10 "," $11 }' \
      "$work/CA.txt" | LC_ALL=C sort
} > "$work/out.csv"
rows=$(($(wc -l < "$work/out.csv") - 1))
if [ "$rows" -lt 400 ]; then
  echo "Only $rows Ontario FSAs found in $source; not replacing $dest" >&2
  exit 1
fi
mv "$work/out.csv" "$dest"
echo "Wrote $rows Ontario forward sortation areas to $dest; update the source line of its NOTICE file."
