/*
 * Indicators of compromise, in the browser: exactly the rules of domain/src/report/indicators.rs
 * (one value per line, each brought to one canonical form, documented in keys/FORMAT.md). The
 * parity test (tests/e2e/indicators.rs) runs this module under node and compares every answer
 * with the Rust one. Pure: no page, no imports, so node can load it.
 */

export const MAX_INDICATORS_PER_KIND = 100;
export const MAX_INDICATOR_CHARS = 2048;
export const MAX_FILE_NAME_CHARS = 255;
export const MAX_OBSERVATIONS_CHARS = 5000;

/** Form order; `key` in the report JSON, `field` the form field, `code` the error code. */
export const KINDS = Object.freeze([
  { key: 'ip', field: 'indicator_ip', code: 'indicator-ip' },
  { key: 'domain', field: 'indicator_domain', code: 'indicator-domain' },
  { key: 'url', field: 'indicator_url', code: 'indicator-url' },
  { key: 'email', field: 'indicator_email', code: 'indicator-email' },
  { key: 'hash', field: 'indicator_hash', code: 'indicator-hash' },
  { key: 'file_name', field: 'indicator_file_name', code: 'indicator-file-name' },
]);

export class IndicatorError extends Error {
  constructor(code, args) {
    super(code);
    this.code = code;
    this.args = args;
  }
}

// Rust's str::trim / char::is_whitespace (White_Space) and char::is_control (Cc).
const trim = (s) => s.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, '');
const chars = (s) => Array.from(s).length;
const isDigits = (s) => /^[0-9]+$/.test(s);

function decimal(s, max) {
  if (!s || s.length > 5 || !isDigits(s)) return null;
  if (s.length > 1 && s[0] === '0') return null;
  const n = Number(s);
  return n <= max ? n : null;
}

function ipv4(s) {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  const out = [];
  for (const p of parts) {
    if (p.length > 3) return null;
    const n = decimal(p, 255);
    if (n === null) return null;
    out.push(n);
  }
  return out;
}

function ipv6(s) {
  const groups = (part) => {
    if (part === '') return [];
    const out = [];
    for (const g of part.split(':')) {
      if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return null;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const at = s.indexOf('::');
  if (at < 0) {
    const g = groups(s);
    return g && g.length === 8 ? g : null;
  }
  const head = s.slice(0, at);
  const tail = s.slice(at + 2);
  if (tail.includes('::')) return null;
  const h = groups(head);
  const t = groups(tail);
  if (!h || !t || h.length + t.length > 7) return null;
  return h.concat(new Array(8 - h.length - t.length).fill(0), t);
}

/** RFC 5952, as ipv6_text in Rust. */
function ipv6Text(g) {
  let best = 8;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (g[i] === 0) {
      const start = i;
      while (i < 8 && g[i] === 0) i++;
      if (i - start > bestLen) {
        best = start;
        bestLen = i - start;
      }
    } else {
      i++;
    }
  }
  const hex = (r) => r.map((x) => x.toString(16)).join(':');
  return bestLen < 2 ? hex(g) : hex(g.slice(0, best)) + '::' + hex(g.slice(best + bestLen));
}

const dotted = (b) => b.join('.');

function ip(s) {
  const slash = s.indexOf('/');
  const addr = slash < 0 ? s : s.slice(0, slash);
  const prefix = slash < 0 ? null : s.slice(slash + 1);
  const v4 = ipv4(addr);
  if (v4) {
    if (prefix === null) return dotted(v4);
    const len = decimal(prefix, 32);
    if (len === null) return null;
    if (len === 32) return dotted(v4);
    const bits = ((v4[0] << 24) | (v4[1] << 16) | (v4[2] << 8) | v4[3]) >>> 0;
    const mask = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
    const n = (bits & mask) >>> 0;
    return dotted([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]) + '/' + len;
  }
  const v6 = ipv6(addr);
  if (!v6) return null;
  if (prefix === null) return ipv6Text(v6);
  const len = decimal(prefix, 128);
  if (len === null) return null;
  if (len === 128) return ipv6Text(v6);
  const masked = v6.map((g, i) => {
    const keep = Math.min(Math.max(len - 16 * i, 0), 16);
    const mask = keep === 0 ? 0 : (0xffff << (16 - keep)) & 0xffff;
    return g & mask;
  });
  return ipv6Text(masked) + '/' + len;
}

function domain(input) {
  const s = (input.endsWith('.') ? input.slice(0, -1) : input).replace(/[A-Z]/g, (c) => c.toLowerCase());
  if (s.length > 253) return null;
  const labels = s.split('.');
  if (labels.length < 2) return null;
  for (const l of labels) {
    if (!/^[a-z0-9-]{1,63}$/.test(l) || l.startsWith('-') || l.endsWith('-')) return null;
  }
  return isDigits(labels[labels.length - 1]) ? null : s;
}

function url(s) {
  // RFC 3986's characters only, `%` with two hexadecimal digits.
  if (!/^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/.test(s)) return null;
  const sep = s.indexOf('://');
  if (sep < 0) return null;
  const scheme = s.slice(0, sep);
  if (!/^[A-Za-z][A-Za-z0-9+.-]*$/.test(scheme)) return null;
  const after = s.slice(sep + 3);
  const m = /[/?#]/.exec(after);
  const end = m ? m.index : after.length;
  const authority = after.slice(0, end);
  const rest = after.slice(end);
  const at = authority.lastIndexOf('@');
  const userinfo = at < 0 ? '' : authority.slice(0, at + 1);
  const hostport = at < 0 ? authority : authority.slice(at + 1);
  if (userinfo === '@') return null;
  let host;
  let port;
  if (hostport.startsWith('[')) {
    const close = hostport.indexOf(']');
    if (close < 0) return null;
    const v6 = ipv6(hostport.slice(1, close));
    if (!v6) return null;
    host = '[' + ipv6Text(v6) + ']';
    const tail = hostport.slice(close + 1);
    if (tail === '') port = null;
    else if (tail.startsWith(':')) port = tail.slice(1);
    else return null;
  } else {
    const colon = hostport.indexOf(':');
    const h = colon < 0 ? hostport : hostport.slice(0, colon);
    port = colon < 0 ? null : hostport.slice(colon + 1);
    const v4 = ipv4(h);
    host = v4 ? dotted(v4) : domain(h);
    if (host === null) return null;
  }
  let portText = '';
  if (port !== null) {
    const n = decimal(port, 65535);
    if (n === null) return null;
    portText = ':' + n;
  }
  return scheme.toLowerCase() + '://' + userinfo + host + portText + rest;
}

function email(s) {
  const at = s.lastIndexOf('@');
  if (at < 0) return null;
  const local = s.slice(0, at);
  const ok = /^[A-Za-z0-9_+.-]{1,64}$/.test(local) &&
    !local.startsWith('.') && !local.endsWith('.') && !local.includes('..');
  if (!ok) return null;
  const d = domain(s.slice(at + 1));
  return d === null ? null : local.replace(/[A-Z]/g, (c) => c.toLowerCase()) + '@' + d;
}

function hash(s) {
  return (s.length === 32 || s.length === 40 || s.length === 64) && /^[0-9A-Fa-f]+$/.test(s)
    ? s.toLowerCase()
    : null;
}

/** `MD5`, `SHA-1` or `SHA-256` for a canonical hash, by its length. */
export function hashAlgorithm(h) {
  return { 32: 'MD5', 40: 'SHA-1', 64: 'SHA-256' }[h.length] || null;
}

function fileName(s) {
  // eslint-disable-next-line no-control-regex
  const ok = chars(s) <= MAX_FILE_NAME_CHARS && !/[/\\\u0000-\u001f\u007f-\u009f]/.test(s) &&
    s !== '.' && s !== '..';
  return ok ? s : null;
}

const RULES = { ip, domain, url, email, hash, file_name: fileName };

/** One trimmed value in its canonical form, or null. */
export function normalise(key, value) {
  if (chars(value) > MAX_INDICATOR_CHARS) return null;
  return RULES[key](value);
}

/**
 * One textarea as indicator_list in Rust: blank lines skipped, the first bad line reported by
 * number (`IndicatorError` with `{line}`), at most MAX_INDICATORS_PER_KIND non-blank lines (else
 * `indicator-count` with `{max}`), duplicates dropped, order kept.
 */
export function indicatorList(key, input) {
  const kind = KINDS.find((k) => k.key === key);
  const lines = input.replace(/\r\n/g, '\n').replace(/\r/g, '\n').split('\n')
    .map((l, i) => [i + 1, trim(l)])
    .filter(([, l]) => l !== '');
  if (lines.length > MAX_INDICATORS_PER_KIND) {
    throw new IndicatorError('indicator-count', { max: MAX_INDICATORS_PER_KIND });
  }
  const out = [];
  for (const [line, l] of lines) {
    const v = normalise(key, l);
    if (v === null) throw new IndicatorError(kind.code, { line });
    if (!out.includes(v)) out.push(v);
  }
  return out;
}
