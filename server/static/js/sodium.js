/*
 * libsodium for the pages' ES modules. The vendored libsodium-wrappers-sumo stays a classic
 * script with its SRI `integrity` attribute, loaded with `defer` before the module scripts:
 * deferred classic scripts and module scripts run in document order once the document is parsed,
 * so when a module runs, `globalThis.sodium` is there (its `ready` promise may still be pending:
 * callers await it before the first cryptographic call, as they always have).
 *
 * Returns null when it is not (blocked, failed its integrity check, a very old browser): each
 * page then keeps working without JavaScript cryptography, as it says it does.
 */

export function loadedSodium() {
  const sodium = globalThis.sodium;
  return sodium && sodium.ready ? sodium : null;
}
