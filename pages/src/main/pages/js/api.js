// Every call to the API: in the reader's language, with the login when there is one, and every
// problem turned into a sentence (the API's own localized detail), never a status code.
import { acceptLanguage, t } from './i18n.js';
import { logout, session } from './auth.js';

export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || t('common.network'));
    this.status = status;
    this.problem = problem;
  }

  get type() {
    return this.problem.type || '';
  }

  /** The sentence to show: the API's detail (already in the reader's language). */
  get sentence() {
    return this.message;
  }
}

function delay(ms) {
  return new Promise((resolve) => { setTimeout(resolve, ms); });
}

/**
 * Calls the API and answers the parsed JSON; throws ApiProblem for any refusal. A 503 with
 * Retry-After is sent again once, as the API asks: retrying a vote is safe (it is never counted twice).
 */
export async function api(path, { method = 'GET', body, auth = false, retries = 2 } = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': acceptLanguage() };
  const login = session();
  if (auth && !login) throw new ApiProblem(401, { title: t('login.required'), detail: t('login.required') });
  if (auth) headers.Authorization = `Bearer ${login.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiProblem(0, { type: 'network', detail: t('common.network') });
  }
  if (response.status === 503 && retries > 0) {
    const wait = Math.min(Number(response.headers.get('Retry-After')) || 1, 5);
    await delay(wait * 1000);
    return api(path, { method, body, auth, retries: retries - 1 });
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (e) {
    data = null;
  }
  if (!response.ok) {
    if (response.status === 401 && auth) {
      logout();
      throw new ApiProblem(401, { ...(data || {}), detail: t('login.expired') });
    }
    throw new ApiProblem(response.status, data && typeof data === 'object' ? data : { detail: t('common.network') });
  }
  return data;
}

/** The campaign named by the page's address (?campaign=...). */
export function campaignFromAddress() {
  return new URLSearchParams(location.search).get('campaign');
}
