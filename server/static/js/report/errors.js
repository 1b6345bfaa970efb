/*
 * Showing validation errors the way the server renders them (templates/intake/report.html):
 * an error summary with links that move focus to each field, and a message above each field,
 * tied to it with aria-describedby and aria-invalid. Also clears them on the next attempt.
 */

import { form } from './page.js';

/** Fields in form order: the order of the error summary (as ORDER in intake/pages.rs). */
const ORDER = [
  'recipients', 'member_state', 'sector', 'incident_class', 'attack_vector', 'actor_type',
  'incident_month', 'detection_month', 'loss_eur', 'jobs_at_risk', 'what_taken', 'narrative',
  'attachments', 'contact', 'organisation_id', 'indicator_ip', 'indicator_domain',
  'indicator_url', 'indicator_email', 'indicator_hash', 'indicator_file_name',
  'indicator_observations', 'consent',
];
export const fieldId = (name) => name.replace(/_/g, '-');

export function clearErrors() {
  document.querySelectorAll('.error-summary').forEach((el) => el.remove());
  form.querySelectorAll('.field-error').forEach((el) => el.remove());
  form.querySelectorAll('.has-error').forEach((el) => el.classList.remove('has-error'));
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  form.querySelectorAll('[aria-describedby]').forEach((el) => {
    const ids = el.getAttribute('aria-describedby').split(/\s+/)
      .filter((id) => id && !id.endsWith('-error'));
    if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
    else el.removeAttribute('aria-describedby');
  });
}

function describedBy(el, id) {
  const ids = (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
  if (!ids.includes(id)) ids.push(id);
  el.setAttribute('aria-describedby', ids.join(' '));
}

/** The element a summary link moves focus to. */
function focusTarget(name) {
  if (name === 'recipients') return form.querySelector('input[name="recipients"]');
  return document.getElementById(fieldId(name));
}

function showFieldError(name, message) {
  const id = fieldId(name);
  const p = document.createElement('p');
  p.className = 'field-error';
  p.id = id + '-error';
  p.textContent = message;
  if (name === 'recipients') {
    const fieldset = document.getElementById('recipients');
    fieldset.classList.add('has-error');
    const hint = fieldset.querySelector('.hint');
    (hint || fieldset.querySelector('legend')).after(p);
    describedBy(fieldset, p.id);
    fieldset.querySelectorAll('input').forEach((i) => i.setAttribute('aria-invalid', 'true'));
  } else if (name === 'consent') {
    const wrap = document.getElementById('consent-field');
    wrap.classList.add('has-error');
    wrap.prepend(p);
    const box = document.getElementById('consent');
    box.setAttribute('aria-invalid', 'true');
    describedBy(box, p.id);
  } else {
    const control = document.getElementById(id);
    control.closest('.field').classList.add('has-error');
    control.before(p);
    control.setAttribute('aria-invalid', 'true');
    describedBy(control, p.id);
  }
}

/**
 * Shows `errors` (field -> message) by the fields and in a summary whose entries name their
 * field: `entries` (field -> "Name: {message}", from the server like every text here).
 */
export function showErrors(errors, summaryTitles, entries) {
  clearErrors();
  const names = ORDER.filter((name) => errors[name]);
  names.forEach((name) => showFieldError(name, errors[name]));
  const box = document.createElement('div');
  box.className = 'error-summary';
  box.setAttribute('role', 'alert');
  box.setAttribute('aria-labelledby', 'error-summary-title');
  box.tabIndex = -1;
  const title = document.createElement('h2');
  title.id = 'error-summary-title';
  title.textContent = summaryTitles[Math.min(names.length, summaryTitles.length) - 1];
  const list = document.createElement('ul');
  for (const name of names) {
    const a = document.createElement('a');
    a.href = '#' + fieldId(name);
    const entry = entries && typeof entries[name] === 'string' ? entries[name] : '{message}';
    a.textContent = entry.replace('{message}', errors[name]);
    // Move focus to the control itself, not just scroll to it.
    a.addEventListener('click', (e) => {
      const target = focusTarget(name);
      if (target) {
        e.preventDefault();
        target.focus();
      }
    });
    const li = document.createElement('li');
    li.append(a);
    list.append(li);
  }
  box.append(title, list);
  form.before(box);
  box.focus();
}
