#!/usr/bin/env node
// Entry point of `npx shortwave`: runs the built command line (built by `npm ci` through `prepare`).
import '../dist/cli.js';
