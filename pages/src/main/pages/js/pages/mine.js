import { api, campaignFromAddress } from '../api.js';
import { login, session } from '../auth.js';
import { formatInstant, t } from '../i18n.js';
import { el, frame, loading, showProblem } from '../layout.js';

const campaignId = campaignFromAddress();
const main = frame(campaignId);
document.title = t('mine.title');

async function show() {
  if (!campaignId) {
    main.replaceChildren(el('p', { class: 'problem' }, t('common.campaignMissing')));
    return;
  }
  if (!session()) {
    main.replaceChildren(el('h1', {}, t('mine.title')), el('p', {}, t('login.required')),
      el('button', { type: 'button', class: 'primary', onclick: () => login() }, t('login.button')));
    return;
  }
  loading(main);
  try {
    const mine = await api(`/v1/campaigns/${encodeURIComponent(campaignId)}/votes/mine`, { auth: true });
    const rows = mine.votes.map((vote) => el('li', { class: 'card', 'data-candidate': vote.candidateId },
      el('p', {}, el('strong', {}, vote.name), ' ', el('span', { class: 'id' }, vote.candidateId), ' · ',
        formatInstant(vote.castAt, mine.timeZone), ' · ',
        el('span', { class: `status-${vote.status}` }, t(`mine.${vote.status}`))),
      vote.problem ? el('p', { class: 'problem' }, vote.problem.detail || vote.problem.title) : '',
      el('p', { class: 'receipt' }, t('vote.receipt', { receipt: vote.receipt }), ' ',
        el('a', { href: `/receipt.html?campaign=${encodeURIComponent(campaignId)}&receipt=${encodeURIComponent(vote.receipt)}` }, t('mine.check')))));
    main.replaceChildren(
      el('h1', {}, t('mine.title')),
      el('p', { class: 'muted' }, t('mine.day', { day: mine.votingDay, zone: mine.timeZone })),
      el('p', { id: 'votes-left', class: 'banner ok' }, t('voting.leftToday', { n: mine.votesLeftToday, total: mine.perVoterPerDay })),
      rows.length ? el('ul', { class: 'candidates-mine', role: 'list', id: 'my-votes' }, rows) : el('p', { class: 'empty' }, t('mine.none')),
      mine.nextVotingDayStartsAt ? el('p', { class: 'muted' }, t('mine.next', { at: formatInstant(mine.nextVotingDayStartsAt, mine.timeZone) })) : '');
  } catch (error) {
    showProblem(main, error);
  }
}

show();
