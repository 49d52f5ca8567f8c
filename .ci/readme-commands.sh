#!/usr/bin/env bash
# The README's commands, run as a newcomer would on this clean clone right after `npm install`: the tonnage CLI,
# then `npm run dev` on its embedded defaults (first run: Postgres, migrations, seed), the store and the admin
# answering, `npm run simulate:festival` and the tonnage report against it; Ctrl-C (SIGINT) stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[readme] %s\n' "$1"; }
answers() { node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"; }
log=$(mktemp -t tarim-dev.XXXXXX.log)

say "npx tarim-tonnage --help (right after npm install)"
npx tarim-tonnage --help | head -n 1

say "npm run dev (log: $log)"
setsid npm run dev >"$log" 2>&1 &
dev=$!
stop() {
  if kill -0 "$dev" 2>/dev/null; then
    kill -INT -- "-$dev" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$dev" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$dev" 2>/dev/null || true
  fi
}
trap stop EXIT

wait_for() {
  for _ in $(seq 1 300); do
    if answers "$1"; then return 0; fi
    if ! kill -0 "$dev" 2>/dev/null; then say "npm run dev exited early"; tail -n 60 "$log"; return 1; fi
    sleep 2
  done
  say "$1 did not answer within 10 minutes"; tail -n 60 "$log"; return 1
}
wait_for http://localhost:9000/health
wait_for http://localhost:9000/app
wait_for http://localhost:8000/
say "backend, admin and storefront answer"

npm run simulate:festival -- --orders 3
npx tarim-tonnage report --festival tai-a-new-year-festival --by category
npx tarim-tonnage report --festival tai-a-new-year-festival --presale only

stop
trap - EXIT
if answers http://localhost:9000/health; then say "the backend still answers after Ctrl-C"; exit 1; fi
say "Ctrl-C stopped everything"
