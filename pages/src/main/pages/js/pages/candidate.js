import { api, campaignFromAddress } from '../api.js';
import { session } from '../auth.js';
import { loadCampaign, rulesBox, votingBanner, votingState } from '../campaign.js';
import { localized, t } from '../i18n.js';
import { el, frame, loading, nomineePhoto, showProblem } from '../layout.js';
import { voteButton } from '../vote.js';

const campaignId = campaignFromAddress();
const candidateId = new URLSearchParams(location.search).get('candidate');
const main = frame(campaignId);

async function show() {
  if (!campaignId) {
    main.replaceChildren(el('p', { class: 'problem' }, t('common.campaignMissing')));
    return;
  }
  loading(main);
  try {
    const base = `/v1/campaigns/${encodeURIComponent(campaignId)}`;
    const [campaign, candidate] = await Promise.all([loadCampaign(campaignId),
      api(`${base}/candidates/${encodeURIComponent(candidateId || '')}`)]);
    document.title = `${candidate.name} · ${localized(campaign.name)}`;
    let votedToday = false;
    let left = null;
    if (session() && votingState(campaign) === 'open') {
      const mine = await api(`${base}/votes/mine`, { auth: true }).catch(() => null);
      if (mine) {
        votedToday = mine.votes.some((vote) => vote.candidateId === candidate.candidateId);
        left = mine.votesLeftToday;
      }
    }
    const leftLine = el('p', { id: 'votes-left', class: 'banner ok', 'aria-live': 'polite' },
      left === null ? t('voting.loginHint') : t('voting.leftToday', { n: left, total: campaign.voteRules.perVoterPerDay }));
    const row = (key, value) => (value ? [el('dt', {}, t(key)), el('dd', {}, value)] : []);
    main.replaceChildren(
      el('p', {}, el('a', { href: `/ballot.html?campaign=${encodeURIComponent(campaignId)}` }, `← ${t('candidate.back')}`)),
      el('h1', {}, candidate.name, ' ', el('span', { class: 'id' }, candidate.candidateId)),
      votingBanner(campaign) || '',
      el('section', { class: 'card', 'aria-label': t('candidate.title') },
        nomineePhoto(candidate.photo, candidate.name, 'large'),
        el('dl', { class: 'profile' },
          row('candidate.enterprise', candidate.enterprise),
          row('candidate.trade', candidate.trade),
          row('candidate.industry', localized(candidate.industryName)),
          row('candidate.category', localized(candidate.categoryName)),
          row('candidate.region', candidate.regionName)),
        candidate.citation ? [el('h2', {}, t('candidate.citation')), el('p', { class: 'citation' }, candidate.citation)] : ''),
      leftLine,
      el('p', {}, voteButton(candidate, campaign, votedToday, (receipt) => {
        leftLine.textContent = t('voting.leftToday', { n: receipt.votesLeftToday, total: campaign.voteRules.perVoterPerDay });
      }) || ''),
      rulesBox(campaign));
  } catch (error) {
    showProblem(main, error);
  }
}

show();
