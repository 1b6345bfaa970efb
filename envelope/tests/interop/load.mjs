// Loads the vendored libsodium.js files and server/static/js/envelope.js for node tests, without
// node_modules: `require("libsodium-sumo")` inside the wrappers is resolved to the vendored file,
// and envelope.js runs as the plain script a browser would load (it attaches TSR.envelope).

import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../../..');
export const VENDOR = path.join(ROOT, 'server/static/vendor/libsodium');
export const ENVELOPE_JS = path.join(ROOT, 'server/static/js/envelope.js');
export const VECTORS = path.resolve(here, '../vectors');

export async function loadSodium() {
  const require = createRequire(import.meta.url);
  const Module = require('node:module');
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    if (request === 'libsodium-sumo') return path.join(VENDOR, 'libsodium-sumo.js');
    return resolve.call(this, request, ...rest);
  };
  try {
    const sodium = require(path.join(VENDOR, 'libsodium-wrappers.js'));
    await sodium.ready;
    return sodium;
  } finally {
    Module._resolveFilename = resolve;
  }
}

export function loadEnvelope() {
  const code = fs.readFileSync(ENVELOPE_JS, 'utf8');
  vm.runInThisContext(code, { filename: ENVELOPE_JS });
  return globalThis.TSR.envelope;
}
