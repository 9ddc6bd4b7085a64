#!/usr/bin/env bash
# Fetch Node 24 LTS from the npm registry into a temporary prefix and write its home to .ci/.node24-home. Run from the
# repository root after `npm ci`. Nothing is rebuilt: on Node 24 the service loads better-sqlite3 13 (Node-API, shipped
# prebuilt in the package as `better-sqlite3-napi`), see src/store/sqlite-driver.ts.
set -euo pipefail
prefix="$(mktemp -d)"
npm install --no-audit --no-fund --no-save --prefix "$prefix" node@24 >/dev/null
home="$(ls -d "$prefix"/node_modules/node/node_modules/node-linux-* | head -n 1)"
test -x "$home/bin/node"
"$home/bin/node" -e "new (require('better-sqlite3-napi'))(':memory:').prepare('select 1').get()"
echo "$home" > .ci/.node24-home
