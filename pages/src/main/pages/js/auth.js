// OpenID Connect authorization code flow with PKCE, the same against the local stack's provider and
// the deployed one: /config.json names the issuer and the client; the discovery document the endpoints.
// The token is kept in localStorage until it expires, so that a second tab or tomorrow's visit is
// still logged in (a voter comes back daily); the strict CSP (no inline or foreign script) is what
// keeps other scripts from reading it. The login in progress stays in the tab (sessionStorage).
const SESSION_KEY = 'gongjiang.session';
const PENDING_KEY = 'gongjiang.login';
const CALLBACK_PATH = '/login/callback.html';

let configurationPromise;

export function configuration() {
  if (!configurationPromise) {
    configurationPromise = fetch('/config.json', { headers: { Accept: 'application/json' } })
      .then((response) => {
        if (!response.ok) throw new Error(`config.json ${response.status}`);
        return response.json();
      })
      .then(async (config) => {
        const discoveryUrl = config.discoveryUrl || `${config.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
        const response = await fetch(discoveryUrl, { headers: { Accept: 'application/json' } });
        if (!response.ok) throw new Error(`discovery ${response.status}`);
        const provider = await response.json();
        if (provider.issuer !== config.issuer) throw new Error('the discovery document names another issuer');
        return { ...config, provider };
      });
    configurationPromise.catch(() => { configurationPromise = undefined; });
  }
  return configurationPromise;
}

function base64url(bytes) {
  let binary = '';
  new Uint8Array(bytes).forEach((b) => { binary += String.fromCharCode(b); });
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString(byteCount) {
  const bytes = new Uint8Array(byteCount);
  crypto.getRandomValues(bytes);
  return base64url(bytes);
}

async function challengeOf(verifier) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(digest);
}

/** Sends the browser to the login provider; it comes back to the callback page, then to returnTo. */
export async function login(returnTo = location.pathname + location.search) {
  const config = await configuration();
  const verifier = randomString(48);
  const state = randomString(16);
  const nonce = randomString(16);
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state, nonce, returnTo }));
  const url = new URL(config.provider.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: location.origin + CALLBACK_PATH,
    scope: config.scope || 'openid',
    state,
    nonce,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256'
  }).toString();
  location.assign(url.toString());
}

function claimsOf(jwt) {
  const payload = jwt.split('.')[1];
  const json = decodeURIComponent(atob(payload.replace(/-/g, '+').replace(/_/g, '/')).split('')
    .map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''));
  return JSON.parse(json);
}

/** On the callback page: trades the code for tokens. Returns where to go next. */
export async function completeLogin(search = location.search) {
  const parameters = new URLSearchParams(search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) || 'null');
  sessionStorage.removeItem(PENDING_KEY);
  if (parameters.get('error')) throw new Error(parameters.get('error_description') || parameters.get('error'));
  if (!pending || !parameters.get('code') || parameters.get('state') !== pending.state) {
    throw new Error('the login answer does not belong to this browser tab (state differs)');
  }
  const config = await configuration();
  const response = await fetch(config.provider.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: parameters.get('code'),
      redirect_uri: location.origin + CALLBACK_PATH,
      client_id: config.clientId,
      code_verifier: pending.verifier
    })
  });
  const tokens = await response.json();
  if (!response.ok) throw new Error(tokens.error_description || tokens.error || `token endpoint ${response.status}`);
  const identity = claimsOf(tokens.id_token);
  if (identity.iss !== config.issuer || identity.nonce !== pending.nonce) {
    throw new Error('the identity token was not issued for this login');
  }
  // API Gateway's JWT authorizer checks the bearer token's audience (aud or client_id) against the client.
  const bearer = config.bearer === 'id_token' ? tokens.id_token : (tokens.access_token || tokens.id_token);
  localStorage.setItem(SESSION_KEY, JSON.stringify({
    token: bearer,
    subject: identity.sub,
    groups: Array.isArray(identity.groups) ? identity.groups : [],
    expiresAt: Date.now() + (Number(tokens.expires_in) || 3600) * 1000
  }));
  return pending.returnTo && pending.returnTo.startsWith('/') && !pending.returnTo.startsWith('//') ? pending.returnTo : '/';
}

export function session() {
  const stored = JSON.parse(localStorage.getItem(SESSION_KEY) || 'null');
  if (!stored || stored.expiresAt <= Date.now()) {
    if (stored) localStorage.removeItem(SESSION_KEY);
    return null;
  }
  return stored;
}

export function logout() {
  localStorage.removeItem(SESSION_KEY);
}
