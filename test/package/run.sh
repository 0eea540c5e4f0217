#!/usr/bin/env bash
# `npm run test:package`: packs the plugin, installs the tarball into a blank Payload site that
# knows nothing of it (test/package/site), generates its import map, migrates, builds it with
# Next's default bundler, starts it and drives it (check.ts). Prints the package's numbers.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
step() { printf '\n-- %s\n' "$*"; }
quiet=(--no-audit --no-fund --loglevel=error)
count_packages() { npm ls --all --parseable 2>/dev/null | sort -u | wc -l; }
# The blank site takes the registry's newest versions, and a version published a moment ago can be
# missing from a cached package list ("No matching version found"): once more, asking the registry.
npm_install() { npm install "${quiet[@]}" "$@" || npm install "${quiet[@]}" --prefer-online "$@"; }
# Payload's CLI loads the config through tsx's loader hooks, and on Node 20 it sometimes exits 0
# before the config has loaded, having done nothing (payloadcms/payload#17757; about 1 run in 5 in
# a blank site with no plugin at all; 4 of 7 in one CI run here). A command counts only when it
# printed its last line; ten tries at 1 in 2 leave about one failure in a thousand.
payload_cli() {
  local out
  for attempt in $(seq 1 10); do
    out=$(npx payload "$@" 2>&1) || { echo "$out"; return 1; }
    echo "$out"
    grep -q "Done\.\|import map" <<<"$out" && return 0
    echo "(payload $1 exited without doing anything, attempt $attempt: payloadcms/payload#17757)"
  done
  return 1
}

step "pack"
(cd "$root" && npm pack --json --pack-destination "$work" >"$work/pack.json")
read -r tarball files size < <(node -e '
  const [p] = require(process.argv[1]); console.log(p.filename, p.entryCount, p.size)' "$work/pack.json")
echo "$tarball: $files files, $((size / 1024)) kB packed"

step "the claim engine alone: no Payload, no Next"
mkdir "$work/cli" && cd "$work/cli"
printf '{ "name": "cli-only", "private": true }\n' >package.json
npm_install "$work/$tarball"
for heavy in payload next react @payloadcms/ui; do
  [ ! -e "node_modules/$heavy" ] || { echo "installing the package alone pulled in $heavy"; exit 1; }
done
echo "packages installed with the plugin alone: $(count_packages)"
echo 'This supplement cures arthritis.' >claim.txt
set +e; npx --no-install medreview claim.txt >cli.out; cli_exit=$?; set -e
grep -q cure_remission cli.out && [ "$cli_exit" = 1 ] || { cat cli.out; echo "medreview exit $cli_exit"; exit 1; }
node --input-type=module -e "
  import { createScanner } from 'payload-medical-review/claims'
  const findings = createScanner().scanText('No side effects were reported.')
  if (!findings.some((f) => f.category === 'safety_side_effects')) process.exit(1)"
echo "npx medreview and payload-medical-review/claims work without Payload"

step "a blank Payload site, then the tarball"
cp -r "$root/test/package/site" "$work/site"
cd "$work/site"
npm_install
before=$(count_packages)
npm_install "$work/$tarball"
after=$(count_packages)
echo "packages: $before in the blank site, $after with the plugin ($((after - before)) added)"

step "import map, migrations, build with the default bundler"
export DATABASE_URI="file:$work/site.db" PAYLOAD_SECRET=stranger-site-secret-0123456789abcdefghij NEXT_TELEMETRY_DISABLED=1
payload_cli generate:importmap
grep -q "from 'payload-medical-review/rsc'" "app/(payload)/admin/importMap.js"
payload_cli migrate:create initial
payload_cli migrate
started=$(date +%s)
npx next build >"$work/build.log" 2>&1 || { tail -n 60 "$work/build.log"; exit 1; }
grep -m1 "Next.js" "$work/build.log" || true
echo "next build: $(( $(date +%s) - started )) s"

step "start and check"
port=$(node -e 'const s=require("net").createServer().listen(0,()=>{console.log(s.address().port);s.close()})')
# The site's own next binary, not npx: killing npx would leave the server it started running.
./node_modules/.bin/next start -p "$port" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$port/api/pages" >/dev/null && break; sleep 1; done
cd "$root"
node --import tsx test/package/check.ts "http://127.0.0.1:$port" || { tail -n 40 "$work/server.log"; exit 1; }
