/*
 * What the console pages give their modules (console.js, enrol.js): the translated texts of
 * <template id="console-js-text"> (the scripts carry no language), the reviewer-facing error
 * type, and small DOM helpers. Decrypted content only ever goes into the page as textContent,
 * which `el` uses.
 */

const texts = document.getElementById('console-js-text');
export const byId = (id) => document.getElementById(id);

export function msg(id) {
  const el = texts && texts.content.querySelector('[data-msg="' + id + '"]');
  return el ? el.textContent.trim() : id;
}

export function label(attr, key) {
  const all = texts ? texts.content.querySelectorAll('[' + attr + ']') : [];
  for (const el of all) {
    if (el.getAttribute(attr) === key) return el.textContent.trim();
  }
  return null;
}

/** A failure whose message is meant for the reviewer (already translated). */
export class UserError extends Error {}

// Lets the browser paint a status text before a long synchronous step (Argon2id).
export const paint = () => new Promise((resolve) => setTimeout(resolve, 30));

export function el(tag, text, attrs) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = text;
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  return e;
}

/** Saves what the browser decrypted or built as a file (a download of a blob: URL). */
export function saveFile(parts, name, type) {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = el('a', null, { href: url, download: name });
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
    a.remove();
  }, 60000);
}
