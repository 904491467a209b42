#!/usr/bin/env bash
# Refreshes the vendored Ontario Design System (Apache-2.0) from the npm registry: the global styles
# (@ongov/ontario-design-system-global-styles) and the published CSS of the components Harbour uses
# (@ongov/ontario-design-system-component-library), joined into one stylesheet without the global rules
# that every component file repeats (scripts/ontario-components-css.mjs).
# Usage: scripts/refresh-ontario-design-system.sh [version]   (needs npm and node)
set -euo pipefail
version="${1:-4.2.0}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/app/src/main/resources/static/vendor/ontario-design-system"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/global" "$work/components"
(cd "$work/global" && npm pack --silent "@ongov/ontario-design-system-global-styles@$version" >/dev/null && tar xzf ./*.tgz)
(cd "$work/components" && npm pack --silent "@ongov/ontario-design-system-component-library@$version" >/dev/null && tar xzf ./*.tgz)
global="$work/global/package"
library="$work/components/package/dist/collection/components"
rm -rf "$dest"
mkdir -p "$dest/styles/css/compiled" "$dest/favicons" "$dest/components/assets"
cp "$global/dist/styles/css/compiled/ontario-theme.min.css" "$dest/styles/css/compiled/"
cp -r "$global/dist/fonts" "$dest/fonts"
cp "$global/dist/favicons/favicon.ico" "$global/dist/favicons/favicon.svg" "$dest/favicons/"
cp "$global/LICENSE" "$dest/LICENSE"
# The components Harbour styles with the design system's own classes, in the order they are joined.
components=(
  ontario-button/ontario-button.css
  ontario-input/ontario-input.css
  ontario-textarea/ontario-textarea.css
  ontario-dropdown-list/ontario-dropdown-list.css
  ontario-checkbox/ontario-checkboxes.css
  ontario-radio-buttons/ontario-radio-buttons.css
  ontario-fieldset/ontario-fieldset.css
  ontario-hint-text/ontario-hint-text.css
  ontario-callout/ontario-callout.css
  ontario-page-alert/ontario-page-alert.css
  ontario-table/ontario-table.css
  ontario-header/ontario-header.css
  ontario-footer/ontario-footer.css
)
{
  echo "/* @ongov/ontario-design-system-component-library $version (npm), Apache-2.0: component CSS joined by"
  echo "   scripts/refresh-ontario-design-system.sh; rules the global styles already define are left out. */"
  node "$root/scripts/ontario-components-css.mjs" "$global/dist/styles/css/compiled/ontario-theme.css" \
    "${components[@]/#/$library/}"
} > "$dest/components/ontario-components.css"
# the dropdown's arrow, which the component sets as an inline background image
cp "$library/ontario-dropdown-list/assets/ontario-material-dropdown-arrow-48px.svg" "$dest/components/assets/"
cp "$work/components/package/LICENSE" "$dest/components/LICENSE"
{
  echo "@ongov/ontario-design-system-global-styles $version (npm), Apache-2.0; refreshed by scripts/refresh-ontario-design-system.sh"
  echo "@ongov/ontario-design-system-component-library $version (npm), Apache-2.0: components/ (selected component CSS and the dropdown arrow)"
} > "$dest/VERSION"
echo "Vendored Ontario Design System global styles and component CSS $version into $dest"
