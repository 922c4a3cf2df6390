// The ballot: rules, the day's remaining votes, filters, and one vote button per finalist. A vote is
// one request; its answer (or its problem as a sentence) shows at once.
import { api, campaignFromAddress } from '../api.js';
import { session } from '../auth.js';
import { voteButton } from '../vote.js';
import { campaignTitle, loadCampaign, rulesBox, votingBanner, votingState } from '../campaign.js';
import { localized, t } from '../i18n.js';
import { announce, el, frame, loading, nomineePhoto, showProblem } from '../layout.js';

const campaignId = campaignFromAddress();
const main = frame(campaignId);
const state = { campaign: null, candidates: [], votedToday: new Set(), left: null, filter: { industry: '', category: '', text: '' } };

function remainingLine() {
  const line = document.getElementById('votes-left');
  if (!line) return;
  if (!session()) {
    line.textContent = t('voting.loginHint');
  } else if (state.left !== null) {
    line.textContent = t('voting.leftToday', { n: state.left, total: state.campaign.voteRules.perVoterPerDay });
  }
}

function matches(candidate) {
  const { industry, category, text } = state.filter;
  const needle = text.trim().toLowerCase();
  return (!industry || candidate.industry === industry) && (!category || candidate.category === category)
    && (!needle || candidate.name.toLowerCase().includes(needle) || candidate.enterprise.toLowerCase().includes(needle));
}

function renderList() {
  const list = document.getElementById('candidates');
  const shown = state.candidates.filter(matches);
  document.getElementById('candidate-count').textContent = t('ballot.count', { n: shown.length });
  if (!shown.length) {
    list.replaceChildren(el('li', { class: 'empty' }, t('ballot.none')));
    return;
  }
  list.replaceChildren(...shown.map((candidate) => {
    const href = `/candidate.html?campaign=${encodeURIComponent(campaignId)}&candidate=${encodeURIComponent(candidate.candidateId)}`;
    return el('li', { 'data-candidate': candidate.candidateId },
      nomineePhoto(candidate.photo, candidate.name, 'small'),
      el('div', { class: 'who' },
        el('a', { href }, candidate.name), ' ', el('span', { class: 'id' }, candidate.candidateId),
        el('span', { class: 'muted' }, candidate.enterprise),
        el('span', { class: 'muted' }, [localized(candidate.industryName), localized(candidate.categoryName), candidate.regionName].filter(Boolean).join(' · '))),
      voteButton(candidate, state.campaign, state.votedToday.has(candidate.candidateId), (receipt) => {
        state.votedToday.add(candidate.candidateId);
        state.left = receipt.votesLeftToday;
        remainingLine();
      }));
  }));
}

function select(id, labelKey, options, key) {
  const control = el('select', { id, name: key }, el('option', { value: '' }, t('ballot.all')),
    options.map((option) => el('option', { value: option.code }, localized(option.name))));
  control.addEventListener('change', () => { state.filter[key] = control.value; renderList(); });
  return el('div', {}, el('label', { for: id }, t(labelKey)), control);
}

async function show() {
  if (!campaignId) {
    main.replaceChildren(el('p', { class: 'problem' }, t('common.campaignMissing')));
    return;
  }
  loading(main);
  try {
    const [campaign, ballot] = await Promise.all([loadCampaign(campaignId),
      api(`/v1/campaigns/${encodeURIComponent(campaignId)}/candidates`)]);
    state.campaign = campaign;
    state.candidates = ballot.candidates;
    const search = el('input', { id: 'search', type: 'search', name: 'q', autocomplete: 'off' });
    search.addEventListener('input', () => { state.filter.text = search.value; renderList(); });
    main.replaceChildren(
      campaignTitle(campaign),
      votingBanner(campaign) || '',
      rulesBox(campaign),
      el('p', { id: 'votes-left', class: 'banner ok', 'aria-live': 'polite' }),
      el('h2', {}, t('ballot.title')),
      el('div', { class: 'filters', role: 'search' },
        select('industry', 'ballot.industry', campaign.industries, 'industry'),
        select('category', 'ballot.category', campaign.categories, 'category'),
        el('div', { class: 'search' }, el('label', { for: 'search' }, t('ballot.search')), search)),
      el('p', { id: 'candidate-count', class: 'muted' }),
      el('ul', { id: 'candidates', class: 'candidates', role: 'list' }));
    renderList();
    remainingLine();
    // what the budget test reads: the moment the ballot can be used (its candidates and buttons shown)
    performance.mark('ballot-usable');
    if (session() && votingState(campaign) === 'open') {
      const mine = await api(`/v1/campaigns/${encodeURIComponent(campaignId)}/votes/mine`, { auth: true });
      mine.votes.forEach((vote) => state.votedToday.add(vote.candidateId));
      state.left = mine.votesLeftToday;
      renderList();
      remainingLine();
    }
  } catch (error) {
    if (state.campaign && error.status === 401) {
      remainingLine();
      announce(error.sentence, 'problem');
      return;
    }
    showProblem(main, error);
  }
}

show();
