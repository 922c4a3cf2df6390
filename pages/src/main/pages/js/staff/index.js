// The staff entry: every workspace this login's groups open (a login with several roles sees each).
import { login, session } from '../auth.js';
import { t } from '../i18n.js';
import { el, frame } from '../layout.js';
import { campaignId, groups, WORKSPACES } from './workspace.js';

const main = frame(null);
document.body.classList.add('staff');
document.title = t('staff.nav');
if (!session()) {
  main.replaceChildren(el('h1', {}, t('staff.nav')), el('p', {}, t('staff.loginFirst')),
    el('button', { type: 'button', class: 'primary', onclick: () => login() }, t('login.button')));
} else {
  const mine = WORKSPACES.filter(([g]) => groups().includes(g));
  main.replaceChildren(el('h1', {}, t('staff.nav')),
    mine.length
      ? el('ul', { class: 'campaigns', id: 'workspaces', role: 'list' }, mine.map(([g, path]) => el('li', { class: 'card', 'data-group': g },
        el('a', { href: `${path}?campaign=${encodeURIComponent(campaignId())}` }, t(`staff.${g}`)))))
      : el('p', { class: 'empty' }, t('staff.none')));
}
