#!/bin/sh
# Builds Shortwave into TARGET, ready to run: what the Dockerfile's build stage does, and what
# test/integration/container.test.ts runs in a clean copy of the repository.
#   1. installs every dependency from the lockfile (npm ci), which also builds dist/
#   2. copies the program (package files, bin/, dist/, node_modules/, the container scripts)
#   3. drops the development dependencies from the copy
# Usage: scripts/container/build.sh TARGET
set -eu
target=${1:?usage: scripts/container/build.sh TARGET}
cd "$(dirname "$0")/../.."

echo "build: installing dependencies and building dist/ (npm ci)"
npm ci --no-audit --no-fund --prefer-offline

echo "build: copying the program to $target"
mkdir -p "$target/scripts/container"
cp -R package.json package-lock.json LICENSE bin dist node_modules "$target/"
cp scripts/container/start.sh scripts/container/healthcheck.mjs "$target/scripts/container/"

echo "build: dropping the development dependencies"
cd "$target"
npm prune --omit=dev --ignore-scripts --no-audit --no-fund
echo "build: done, $(du -sh . | cut -f1) in $target"
