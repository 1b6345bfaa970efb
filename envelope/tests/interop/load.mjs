// Loads the vendored libsodium.js files and server/static/js/envelope.js for node tests, without
// node_modules: `require("libsodium-sumo")` inside the wrappers is resolved to the vendored file,
// and envelope.js is imported as the ES module a browser loads (with its ./envelope/ modules;
// server/static/js/package.json marks the directory as ES modules for node).

import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

/** The module namespace of envelope.js: the same names `TSR.envelope` had. */
export async function loadEnvelope() {
  return import(pathToFileURL(ENVELOPE_JS).href);
}
