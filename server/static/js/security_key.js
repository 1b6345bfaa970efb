/**
 * Security keys (WebAuthn): the browser's half of adding a key on the security keys page
 * (`form#add-key`: options from the server, `navigator.credentials.create`, the credential
 * posted with the key's name) and of signing in with one (`form#key-signin`: the options are
 * in the page, `navigator.credentials.get`, the assertion posted). The server (webauthn-rs)
 * checks everything; this file only converts between its JSON (Base64url strings) and the
 * browser's ArrayBuffers. Without JavaScript both pages say what to do instead.
 */

const b64url = {
  decode(text) {
    const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    return Uint8Array.from(bin, (ch) => ch.charCodeAt(0)).buffer;
  },
  encode(buffer) {
    const bytes = new Uint8Array(buffer);
    let bin = '';
    for (const b of bytes) bin += String.fromCharCode(b);
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  },
};

/** The server's creation options with their binary members as ArrayBuffers. */
function creationOptions(json) {
  const pk = json.publicKey;
  pk.challenge = b64url.decode(pk.challenge);
  pk.user.id = b64url.decode(pk.user.id);
  for (const c of pk.excludeCredentials || []) c.id = b64url.decode(c.id);
  return { publicKey: pk };
}

/** The server's request options with their binary members as ArrayBuffers. */
function requestOptions(json) {
  const pk = json.publicKey;
  pk.challenge = b64url.decode(pk.challenge);
  for (const c of pk.allowCredentials || []) c.id = b64url.decode(c.id);
  return { publicKey: pk };
}

function registrationJson(cred) {
  return JSON.stringify({
    id: cred.id,
    rawId: b64url.encode(cred.rawId),
    type: cred.type,
    extensions: cred.getClientExtensionResults(),
    response: {
      attestationObject: b64url.encode(cred.response.attestationObject),
      clientDataJSON: b64url.encode(cred.response.clientDataJSON),
    },
  });
}

function assertionJson(cred) {
  const r = cred.response;
  return JSON.stringify({
    id: cred.id,
    rawId: b64url.encode(cred.rawId),
    type: cred.type,
    extensions: cred.getClientExtensionResults(),
    response: {
      authenticatorData: b64url.encode(r.authenticatorData),
      clientDataJSON: b64url.encode(r.clientDataJSON),
      signature: b64url.encode(r.signature),
      userHandle: r.userHandle ? b64url.encode(r.userHandle) : null,
    },
  });
}

function say(form, text) {
  const status = form.querySelector('[role="status"]');
  if (status) status.textContent = text;
}

function setUp(form, run) {
  let busy = false;
  form.addEventListener('submit', async (event) => {
    if (form.dataset.done === 'yes') return;
    event.preventDefault();
    if (busy) return;
    busy = true;
    try {
      await run();
      form.dataset.done = 'yes';
      form.submit();
    } catch (e) {
      say(form, form.dataset.failed || String(e));
    } finally {
      busy = false;
    }
  });
}

const add = document.getElementById('add-key');
if (add && window.PublicKeyCredential) {
  setUp(add, async () => {
    say(add, add.dataset.touch);
    const body = new URLSearchParams({ csrf: add.elements.csrf.value });
    const res = await fetch(add.dataset.optionsUrl, {
      method: 'POST',
      body,
      credentials: 'same-origin',
    });
    const json = await res.json();
    if (!res.ok) throw new Error(json.error);
    const cred = await navigator.credentials.create(creationOptions(json.options));
    add.elements.token.value = json.token;
    add.elements.credential.value = registrationJson(cred);
  });
}

const signin = document.getElementById('key-signin');
if (signin && window.PublicKeyCredential) {
  setUp(signin, async () => {
    say(signin, signin.dataset.touch);
    const options = requestOptions(JSON.parse(signin.dataset.webauthn));
    const cred = await navigator.credentials.get(options);
    signin.elements.credential.value = assertionJson(cred);
  });
}
