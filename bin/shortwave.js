#!/usr/bin/env node
// Entry point of `npx shortwave`: runs the built command line (built by `npm ci` through `prepare`).
// How the heap grows is set before any module loads (see src/lib/heap-growth.ts).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--heap-growing-percent=20');
await import('../dist/cli.js');
