/*
 * Pushing an export to a TAXII 2.1 collection from the reviewer's browser (TAXII 2.1 section
 * 5.5, "Add Objects"): the STIX bundle's objects in an envelope, POSTed to
 * `<collection URL>/objects/` with HTTP Basic credentials. The collection URL and credentials are
 * the body's: the reviewer types them in the console, they stay in the page's memory and are
 * never sent to our server (which only logs that a push happened, as for every export).
 *
 * The TAXII server is on another origin: it (or its reverse proxy) must answer CORS for the
 * console's origin (preflight with Authorization and Content-Type allowed). See README.
 *
 * Pure apart from `fetch` (node runs this module in tests/e2e/taxii_push.rs; the console's
 * push button is exercised in Chromium by tests/e2e/console_browser.rs). The console's CSP
 * allows the origins in the server's TAXII_ORIGINS setting only.
 */

export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';

export class TaxiiError extends Error {
  constructor(status) {
    super('TAXII server answered ' + status);
    this.status = status;
  }
}

/** `https://host/api/collections/<id>` or with a final slash, as `https://host/api/collections/<id>/`. */
export function collectionBase(url) {
  const u = new URL(url);
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new TaxiiError('bad URL');
  return u.href.endsWith('/') ? u.href : u.href + '/';
}

function headers(username, password, body) {
  const h = { Accept: TAXII_MEDIA_TYPE };
  if (body) h['Content-Type'] = TAXII_MEDIA_TYPE;
  if (username) {
    const bytes = new TextEncoder().encode(username + ':' + password);
    h.Authorization = 'Basic ' + btoa(String.fromCharCode(...bytes));
  }
  return h;
}

/**
 * POSTs `bundle.objects` to the collection. Returns the TAXII status resource
 * ({status, success_count, failure_count, pending_count, ...}); throws TaxiiError on an HTTP
 * error or when the server reports failures.
 */
export async function push({ collectionUrl, username, password, bundle, fetchFn }) {
  const f = fetchFn || globalThis.fetch;
  const resp = await f(collectionBase(collectionUrl) + 'objects/', {
    method: 'POST',
    headers: headers(username, password, true),
    body: JSON.stringify({ objects: bundle.objects }),
    credentials: 'omit',
  });
  if (resp.status !== 202 && resp.status !== 200) throw new TaxiiError(resp.status);
  const status = await resp.json();
  if (status.failure_count > 0) throw new TaxiiError('failures: ' + status.failure_count);
  return status;
}

/** GETs the collection's objects (first page), for checking a push. */
export async function objects({ collectionUrl, username, password, fetchFn }) {
  const f = fetchFn || globalThis.fetch;
  const resp = await f(collectionBase(collectionUrl) + 'objects/', {
    headers: headers(username, password, false),
    credentials: 'omit',
  });
  if (!resp.ok) throw new TaxiiError(resp.status);
  const envelope = await resp.json();
  return envelope.objects || [];
}
