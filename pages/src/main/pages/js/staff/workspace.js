// The frame of the staff workspaces (desktop first): the public header, then the workspaces the
// login's groups open, and nothing a role may not use. A 403 reached anyway is shown as the API's sentence.
import { addMessages, t } from '../i18n.js';
import { login, session } from '../auth.js';
import { el, frame } from '../layout.js';

addMessages({
  'staff.nav': '工作台',
  'staff.enterprise': '企业推荐',
  'staff.reviewer': '评审办公室',
  'staff.expert': '专家评审',
  'staff.admin': '活动管理',
  'staff.auditor': '投票审计',
  'staff.campaign': '评选活动编号',
  'staff.loginFirst': '工作台需要登录，请用工作账号登录。',
  'staff.notAllowed': '您的账号没有“{workspace}”的权限（需要 {group} 角色）。如需使用，请联系活动管理员。',
  'staff.none': '您的账号没有任何工作台权限；投票请前往候选人名单。'
}, {
  'staff.nav': 'Workspaces',
  'staff.enterprise': 'Enterprise nominations',
  'staff.reviewer': 'Review office',
  'staff.expert': 'Expert review',
  'staff.admin': 'Campaign administration',
  'staff.auditor': 'Vote audit',
  'staff.campaign': 'Campaign id',
  'staff.loginFirst': 'The workspaces need a login: log in with your work account.',
  'staff.notAllowed': 'Your account may not use "{workspace}" (it needs the {group} role). Ask the campaign administrator if you should.',
  'staff.none': 'Your account opens no workspace; to vote, go to the candidates.'
});

/** Each workspace: the group it needs and its page. */
export const WORKSPACES = [
  ['enterprise', '/staff/enterprise.html'],
  ['reviewer', '/staff/review.html'],
  ['expert', '/staff/expert.html'],
  ['admin', '/staff/admin.html'],
  ['auditor', '/staff/auditor.html']
];

export function groups() {
  return session()?.groups ?? [];
}

/** The campaign the workspace works on: ?campaign=..., else the last one used here. */
export function campaignId() {
  const fromAddress = new URLSearchParams(location.search).get('campaign');
  if (fromAddress) {
    localStorage.setItem('gongjiang.staffCampaign', fromAddress);
    return fromAddress;
  }
  return localStorage.getItem('gongjiang.staffCampaign') || 'sichuan-2026';
}

/**
 * Draws the frame for the workspace of `group` and answers its <main>, or null (after saying why) when
 * the reader is not logged in or lacks the group.
 */
export function workspace(group) {
  const main = frame(null);
  document.body.classList.add('staff');
  const current = session();
  const mine = WORKSPACES.filter(([g]) => groups().includes(g));
  if (mine.length) {
    const campaign = encodeURIComponent(campaignId());
    document.querySelector('header.site').after(el('nav', { class: 'campaign staff-nav', 'aria-label': t('staff.nav') },
      el('ul', {}, mine.map(([g, path]) => el('li', {},
        el('a', { href: `${path}?campaign=${campaign}`, 'aria-current': g === group ? 'page' : undefined }, t(`staff.${g}`)))))));
  }
  if (!current) {
    main.replaceChildren(el('p', { class: 'banner' }, t('staff.loginFirst')),
      el('button', { type: 'button', class: 'primary', onclick: () => login() }, t('login.button')));
    return null;
  }
  if (!groups().includes(group)) {
    main.replaceChildren(el('p', { class: 'problem', role: 'alert', id: 'not-allowed' },
      t('staff.notAllowed', { workspace: t(`staff.${group}`), group })));
    return null;
  }
  return main;
}
