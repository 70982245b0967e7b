#!/usr/bin/env bash
# Every check, in the order that fails fastest: lint, format, types, unit tests, e2e. The e2e run
# builds the seed posts too (e2e/update/), beside the fixture posts and an imported Hexo blog.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step 'lint' && npx eslint .
step 'format' && npx prettier --check .
step 'content (seed posts)' && npm run -s content
step 'types' && npx tsc --noEmit
step 'unit tests (TZ=UTC, Asia/Seoul, America/Los_Angeles)' && npm run -s test:unit
step 'e2e (fixture posts, production build, Chromium)' && npx playwright test
