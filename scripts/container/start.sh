#!/bin/sh
# Starts Shortwave in a container (the image's entry point): brings the database schema up to
# date, then replaces itself with the server (exec), so SIGTERM from `docker stop` reaches the
# server directly and its graceful stop runs (requests in flight finish, counts are written).
# Arguments go to `shortwave serve` (the image passes --no-demo). Settings come from the
# environment: DATA_DIR, PORT, DATABASE_URL, ... (see `shortwave --help`).
set -eu
cd "$(dirname "$0")/../.."
node dist/cli.js migrate
exec node --max-semi-space-size=2 dist/cli.js serve "$@"
