// The frame every page shares: header (language switch, login), the campaign's navigation, the
// live region that announces outcomes, and small DOM helpers that only ever set text (no HTML from data).
import { language, setLanguage, t, translateStatic } from './i18n.js';
import { login, logout, session } from './auth.js';

/**
 * The nominee's photo when the API says there is one (the ballot, a candidate's page, the notice):
 * a fixed box so that the list does not move as photos arrive, and lazily loaded below the fold.
 */
export function nomineePhoto(url, name, size) {
  if (!url) {
    return '';
  }
  return el('img', { class: `photo photo-${size}`, src: url, alt: t('photo.alt', { name }), loading: 'lazy', decoding: 'async' });
}

/** Builds an element; children are nodes or strings (strings become text, never markup). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (name === 'class') element.className = value;
    else if (name === 'text') element.textContent = value;
    else if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  });
  children.flat().forEach((child) => {
    if (child === undefined || child === null || child === false) return;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return element;
}

const CAMPAIGN_PAGES = [
  ['ballot', '/ballot.html'],
  ['mine', '/mine.html'],
  ['notice', '/notice.html'],
  ['results', '/results.html'],
  ['dashboard', '/dashboard.html'],
  ['integrity', '/integrity.html']
];

function header(campaignId) {
  const current = session();
  const languageButton = el('button', {
    type: 'button', lang: language() === 'en' ? 'zh-CN' : 'en', 'aria-label': t('lang.switchLabel'), id: 'language-switch',
    onclick: () => { setLanguage(language() === 'en' ? 'zh' : 'en'); location.reload(); }
  }, t('lang.switch'));
  const loginButton = current
    ? el('button', { type: 'button', id: 'logout', title: t('login.as', { sub: current.subject }),
      onclick: () => { logout(); location.reload(); } }, t('login.logout'))
    : el('button', { type: 'button', id: 'login', onclick: () => login() }, t('login.button'));
  const bar = el('div', { class: 'bar' },
    el('a', { class: 'brand', href: '/' }, t('site.name')),
    el('div', { class: 'tools' }, languageButton, loginButton));
  const parts = [el('a', { class: 'skip', href: '#main' }, t('site.skip')), el('header', { class: 'site' }, bar)];
  if (campaignId) {
    const here = location.pathname;
    const links = CAMPAIGN_PAGES.map(([key, path]) => el('li', {},
      el('a', { href: `${path}?campaign=${encodeURIComponent(campaignId)}`, 'aria-current': here === path ? 'page' : undefined },
        t(`nav.${key}`))));
    parts.push(el('nav', { class: 'campaign', 'aria-label': t('site.name') }, el('ul', {}, links)));
  }
  return parts;
}

/** Puts the frame around the page's <main id="main">. */
export function frame(campaignId) {
  translateStatic();
  const main = document.getElementById('main');
  document.body.prepend(...header(campaignId));
  if (!document.getElementById('toast')) {
    document.body.append(el('div', { id: 'toast', role: 'status', 'aria-live': 'polite' }));
  }
  document.body.append(el('footer', { class: 'site' }, t('site.footer'), ' · ',
    el('a', { href: '/docs/' }, t('nav.docs')), ' · ',
    el('a', { href: campaignId ? `/receipt.html?campaign=${encodeURIComponent(campaignId)}` : '/' }, t('nav.receipt'))));
  return main;
}

/** Announces an outcome in the live region (screen readers hear it; everyone sees it). */
export function announce(text, kind = 'ok') {
  const toast = document.getElementById('toast');
  toast.replaceChildren(el('p', { class: kind === 'ok' ? 'notice-ok' : 'problem' }, text));
  clearTimeout(announce.timer);
  announce.timer = setTimeout(() => toast.replaceChildren(), 6000);
}

/** Replaces a container's content with a problem sentence. */
export function showProblem(container, error) {
  container.replaceChildren(el('p', { class: 'problem', role: 'alert' }, error.sentence || error.message || t('common.network')));
}

export function loading(container) {
  container.replaceChildren(el('p', { class: 'muted' }, t('common.loading')));
}
