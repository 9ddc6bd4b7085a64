#!/usr/bin/env bash
# Fetch Node 24 LTS from the npm registry into a temporary prefix, rebuild the one native addon (better-sqlite3)
# against its headers offline, and write the Node 24 home to .ci/.node24-home. Run from the repository root.
# Afterwards node_modules suits Node 24; `npm rebuild better-sqlite3` (or `npm ci`) makes it suit Node 20 again.
set -euo pipefail
prefix="$(mktemp -d)"
npm install --no-audit --no-fund --no-save --prefix "$prefix" node@24 >/dev/null
home="$(ls -d "$prefix"/node_modules/node/node_modules/node-linux-* | head -n 1)"
test -x "$home/bin/node" && test -f "$home/include/node/node.h"
gyp="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")/node_modules/node-gyp/bin/node-gyp.js"
(cd node_modules/better-sqlite3 && PATH="$home/bin:$PATH" node "$gyp" rebuild --release --nodedir="$home" >/dev/null)
"$home/bin/node" -e "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()"
echo "$home" > .ci/.node24-home
