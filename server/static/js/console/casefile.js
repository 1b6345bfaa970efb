/*
 * The case file to hand over (issue 17, point 7), built in the reviewer's browser from the
 * opened report: the report's fields, the conversation (each message with its author, the
 * signature verdict and the day), the attachments with the SHA-256 of each decrypted file, and
 * the classification as the form above shows it. Nothing of it is sent to the server.
 *
 * Redaction, before anything is built: the reporter's contact details and organisation
 * identifier (a checkbox, on by default) and the names and words the reviewer marks (one per
 * line). Each is replaced by the marker in every text of the case file — field values, message
 * texts, author names, file names, labels — whatever its letter case. The contact details are
 * redacted as a whole, line by line and part by part (split at commas and semicolons), and by
 * each e-mail address and telephone number in them, so that they are also caught where the
 * reporter repeated them in the narrative or a message.
 *
 * Two ways out, both logged first (POST /console/reports/{id}/casefile: the format, the parts
 * included, whether the contact details were redacted and how many terms were marked; never the
 * content nor the terms): "html", a self-contained HTML file (no script, a CSP that loads
 * nothing) saved through a Blob download, and "print", the same article put into the page's
 * #casefile-view, which only the print stylesheet shows, and window.print() (to paper or PDF).
 *
 * ES module, ES2020; imports console/page.js and console/attachments.js. Text goes into the
 * case file as textContent only.
 */

import { UserError, byId, msg, saveFile } from './page.js';
import { sha256Hex } from './attachments.js';

export const PARTS = ['fields', 'conversation', 'attachments', 'classification'];

/** The case file's own style (the downloaded file carries no other stylesheet). */
export const CSS = [
  'body{font:11pt/1.45 system-ui,sans-serif;color:#000;background:#fff;margin:2rem}',
  '.casefile{max-width:48rem}',
  '.casefile h1{font-size:1.5em;margin:0 0 .5em}',
  '.casefile h2{font-size:1.15em;border-bottom:1px solid #000;margin:1.5em 0 .5em}',
  '.casefile dt{font-weight:600}',
  '.casefile dd{margin:0 0 .5em;white-space:pre-wrap}',
  '.casefile li{margin-bottom:.75em;break-inside:avoid}',
  '.casefile .who{font-weight:600;margin:0}',
  '.casefile .text{white-space:pre-wrap;margin:.25em 0}',
  '.casefile .sha256{font-family:monospace;word-break:break-all}',
].join('\n');

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The terms the reviewer marked: one per line, trimmed, without duplicates. */
export function markedTerms(text) {
  return [...new Set(String(text || '').split(/\r?\n/).map((t) => t.trim()).filter((t) => t))];
}

/** What of the contact details may be repeated elsewhere (see the comment at the top). */
export function contactTerms(values) {
  const out = [];
  for (const v of values) {
    if (typeof v !== 'string' || !v.trim()) continue;
    out.push(v.trim());
    for (const part of v.split(/[\r\n,;]+/)) {
      if (part.trim().length >= 3) out.push(part.trim());
    }
    for (const m of v.match(/[^\s<>(),;:]+@[^\s<>(),;:]+/g) || []) out.push(m);
    for (const m of v.match(/\+?[0-9][0-9 ()./-]{5,}[0-9]/g) || []) out.push(m.trim());
  }
  return out;
}

/** A function replacing every term (any letter case) by `marker`; longer terms first. */
export function redactor(terms, marker) {
  const list = [...new Set(terms.filter((t) => t))].sort((a, b) => b.length - a.length);
  if (!list.length) return (s) => String(s);
  const re = new RegExp(list.map(escapeRe).join('|'), 'giu');
  return (s) => String(s).replace(re, marker);
}

/**
 * The case file as an <article> of `doc`. `cf`: {title, meta, fields, conversation,
 * attachments, classification, redactions} where meta, fields, classification and redactions
 * are [label, value] lists, conversation [{who, text, files}], attachments (and files) [{name,
 * size, sha256}]; a part left out is null. Every text but the digests passes through
 * `cf.redact`.
 */
export function caseFileArticle(doc, cf) {
  const r = cf.redact;
  // `raw`: a digest, which is no text of the report and must stay as computed.
  const node = (tag, text, cls, raw) => {
    const e = doc.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = raw ? text : r(text);
    if (cls) e.className = cls;
    return e;
  };
  const list = (pairs) => {
    const dl = node('dl');
    for (const [k, v] of pairs) {
      dl.appendChild(node('dt', k));
      dl.appendChild(node('dd', v));
    }
    return dl;
  };
  const files = (all) => {
    const ul = node('ul', null, 'files');
    for (const f of all) {
      const li = node('li', f.name + ' (' + f.size + ' B)');
      li.appendChild(doc.createElement('br'));
      li.appendChild(node('span', 'SHA-256: ' + f.sha256, 'sha256', true));
      ul.appendChild(li);
    }
    return ul;
  };
  const article = doc.createElement('article');
  article.className = 'casefile';
  article.appendChild(node('h1', cf.title));
  article.appendChild(list(cf.meta));
  const section = (heading, content) => {
    article.appendChild(node('h2', heading));
    article.appendChild(content);
  };
  if (cf.fields) section(msg('casefile-fields'), list(cf.fields));
  if (cf.conversation) {
    const ol = node('ol', null, 'thread');
    for (const m of cf.conversation) {
      const li = node('li');
      li.appendChild(node('p', m.who, 'who'));
      li.appendChild(node('p', m.text, 'text'));
      if (m.files && m.files.length) li.appendChild(files(m.files));
      ol.appendChild(li);
    }
    if (!cf.conversation.length) ol.appendChild(node('li', msg('thread-empty')));
    section(msg('casefile-conversation'), ol);
  }
  if (cf.attachments) {
    section(msg('casefile-attachments'),
      cf.attachments.length ? files(cf.attachments) : node('p', msg('no-attachments')));
  }
  if (cf.classification) section(msg('casefile-classification'), list(cf.classification));
  if (cf.redactions.length) section(msg('casefile-redactions'), list(cf.redactions));
  return article;
}

/** The whole HTML file: no script, a policy that loads nothing, its own style. */
export function caseFileHtml(article, lang, title) {
  const doc = document.implementation.createHTMLDocument(title);
  doc.documentElement.setAttribute('lang', lang);
  const meta = (attrs) => {
    const m = doc.createElement('meta');
    for (const [k, v] of Object.entries(attrs)) m.setAttribute(k, v);
    doc.head.insertBefore(m, doc.head.firstChild);
  };
  meta({ 'http-equiv': 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'" });
  meta({ charset: 'utf-8' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  doc.head.appendChild(style);
  doc.body.appendChild(doc.importNode(article, true));
  return '<!doctype html>\n' + doc.documentElement.outerHTML + '\n';
}

/** The classification as the form shows it: each control's label and its shown value. */
function classificationPairs() {
  const out = [];
  for (const field of byId('classify-form').querySelectorAll('.field')) {
    const control = field.querySelector('select, input');
    const lab = field.querySelector('label');
    if (!control || !lab) continue;
    const value = control.tagName === 'SELECT'
      ? (control.selectedOptions[0] ? control.selectedOptions[0].textContent : '')
      : control.value;
    out.push([lab.textContent.trim(), value.trim() || msg('empty')]);
  }
  return out;
}

/**
 * Wires the case file's controls. `ctx` gives what console.js holds: the page, sodium, the
 * report's base URL and query, `request`/`errorOf`, `fieldText`, `openedThread`,
 * `attachmentParts` and `report()` ({data, opened}).
 */
export function wireCaseFile(ctx) {
  const status = byId('casefile-status');
  if (!status) return;
  const say = (text, error) => {
    status.textContent = text || '';
    status.className = error ? 'field-error' : '';
  };
  let busy = false;

  async function hashed(att) {
    const parts = await ctx.attachmentParts(att);
    try {
      return { name: att.name || 'attachment', size: att.size, sha256: sha256Hex(ctx.sodium, parts) };
    } finally {
      parts.forEach((p) => ctx.sodium.memzero(p));
    }
  }

  async function build(parts, redact) {
    const { data, opened } = ctx.report();
    const text = (id) => byId(id).textContent.trim();
    const cf = {
      redact,
      title: msg('casefile-title') + ' ' + data.id,
      meta: [
        [msg('casefile-prepared'), new Date().toISOString().slice(0, 10)],
        [msg('received'), text('report-received')],
        [msg('status'), text('report-status')],
        [msg('bodies'), text('report-bodies')],
        [msg('sealed-by'), text('report-sealed-by')],
      ],
      fields: null,
      conversation: null,
      attachments: null,
      classification: null,
      redactions: [],
    };
    const f = opened.fields || {};
    if (parts.includes('fields')) {
      const tpl = byId('console-js-text').content.querySelectorAll('[data-field]');
      cf.fields = [...tpl].map((s) => {
        const name = s.getAttribute('data-field');
        return [s.textContent.trim(), ctx.fieldText(name, f[name])];
      });
    }
    if (parts.includes('conversation')) {
      cf.conversation = [];
      for (const { m, who, author, state, body } of ctx.openedThread()) {
        const by = author && author.state === 'signed'
          ? ' · ' + author.name + ' (' + msg('casefile-verified') + ')' : '';
        const shown = state === 'shown';
        const atts = shown && Array.isArray(body.attachments) ? body.attachments : [];
        const files = [];
        for (const a of atts) files.push(await hashed(a));
        cf.conversation.push({ who: msg(who) + by + ' · ' + m.day, text: shown ? body.text : msg(state), files });
      }
    }
    if (parts.includes('attachments')) {
      cf.attachments = [];
      for (const a of opened.attachments || []) cf.attachments.push(await hashed(a));
    }
    if (parts.includes('classification')) cf.classification = classificationPairs();
    return cf;
  }

  async function caseFile(format) {
    const parts = PARTS.filter((p) => byId('casefile-part-' + p).checked);
    if (!parts.length) throw new UserError(msg('casefile-no-parts'));
    const { data, opened } = ctx.report();
    if (!opened) throw new UserError(msg('server'));
    const contact = byId('casefile-redact-contact').checked;
    const terms = markedTerms(byId('casefile-terms').value);
    const f = opened.fields || {};
    const all = terms.concat(contact ? contactTerms([f.contact, f.organisation_id]) : []);
    const redact = redactor(all, msg('casefile-marker'));
    say(msg('casefile-working'));
    const cf = await build(parts, redact);
    if (contact) cf.redactions.push([msg('casefile-redacted-contact'), '✓']);
    if (terms.length) cf.redactions.push([msg('casefile-redacted-terms'), String(terms.length)]);
    const article = caseFileArticle(document, cf);
    // Logged before it leaves: what was exported, never what it says.
    const form = new URLSearchParams({
      csrf: ctx.page.dataset.csrf,
      format,
      parts: parts.join(','),
      contact_redacted: contact ? '1' : '0',
      redacted_terms: String(terms.length),
    });
    const resp = await ctx.request(ctx.base + '/casefile' + ctx.query, { method: 'POST', body: form });
    if (!resp.ok) throw new UserError(await ctx.errorOf(resp));
    const lang = ctx.page.dataset.lang || 'en';
    if (format === 'html') {
      saveFile([caseFileHtml(article, lang, redact(cf.title))], 'casefile-' + data.id + '.html',
        'text/html;charset=utf-8');
    } else {
      const view = byId('casefile-view');
      view.textContent = '';
      view.appendChild(article);
      document.body.classList.add('casefile-printing');
      window.addEventListener('afterprint', () => {
        document.body.classList.remove('casefile-printing');
        view.textContent = '';
      }, { once: true });
      window.print();
    }
    say(msg('casefile-done'));
  }

  for (const id of ['casefile-download', 'casefile-print']) {
    const button = byId(id);
    button.addEventListener('click', async () => {
      if (busy) return;
      busy = true;
      try {
        await caseFile(button.dataset.format);
      } catch (e) {
        say(e instanceof UserError ? e.message : msg('server'), true);
      } finally {
        busy = false;
      }
    });
  }
}
