// The results once winners are named: each tier with its winners' public profiles, and the public part
// of the final ranking (valid and voided votes per finalist; the expert scores that decide are not public).
import { api, campaignFromAddress } from '../api.js';
import { campaignTitle, loadCampaign } from '../campaign.js';
import { formatInstant, formatNumber, localized, t } from '../i18n.js';
import { el, frame, loading, showProblem } from '../layout.js';

const campaignId = campaignFromAddress();
const main = frame(campaignId);

function winnerCard(winner) {
  return el('li', { class: 'card', 'data-candidate': winner.candidateId },
    el('h4', {}, winner.name, ' ', el('span', { class: 'id' }, winner.candidateId)),
    el('p', { class: 'muted' }, [winner.enterprise, winner.trade, localized(winner.industryName), localized(winner.categoryName), winner.regionName]
      .filter(Boolean).join(' · ')),
    winner.citation ? el('p', {}, winner.citation) : '');
}

function rankingTable(results) {
  return el('div', { class: 'table-wrap' }, el('table', { id: 'ranking' },
    el('caption', { class: 'visually-hidden' }, t('results.ranking')),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col', class: 'num' }, t('results.col.rank')),
      el('th', { scope: 'col' }, t('results.col.name')),
      el('th', { scope: 'col', class: 'num' }, t('results.col.valid')),
      el('th', { scope: 'col', class: 'num' }, t('results.col.voided')),
      el('th', { scope: 'col' }, t('results.col.tier')))),
    el('tbody', {}, results.ranking.map((row, index) => el('tr', { 'data-candidate': row.candidateId },
      el('td', { class: 'num' }, String(index + 1)),
      el('td', {}, row.name, ' ', el('span', { class: 'id' }, row.candidateId)),
      el('td', { class: 'num', 'data-field': 'votes' }, formatNumber(row.votes)),
      el('td', { class: 'num', 'data-field': 'voided' }, formatNumber(row.voided)),
      el('td', {}, row.tierName || '—'))))));
}

async function show() {
  if (!campaignId) {
    main.replaceChildren(el('p', { class: 'problem' }, t('common.campaignMissing')));
    return;
  }
  loading(main);
  try {
    const base = `/v1/campaigns/${encodeURIComponent(campaignId)}`;
    const [campaign, results] = await Promise.all([loadCampaign(campaignId), api(`${base}/winners`)]);
    const tiers = results.tiers.filter((tier) => tier.winners.length)
      .map((tier) => el('section', { class: 'tier', 'data-tier': tier.tier },
        el('h3', {}, localized(tier.name)),
        el('ul', { class: 'winners', role: 'list' }, tier.winners.map(winnerCard))));
    main.replaceChildren(
      campaignTitle(campaign),
      el('h2', {}, t('results.title')),
      results.votingClosed ? '' : el('p', { class: 'banner', id: 'results-state' }, t('results.votingOpen')),
      results.winnersNamed === 0 ? el('p', { class: 'banner', id: 'results-pending' }, t('results.pending')) : '',
      ...tiers,
      el('h2', {}, t('results.ranking')),
      el('p', { class: 'muted' }, `${results.title} · ${formatInstant(results.asOf, campaign.timeZone)} · `,
        el('a', { href: results.license?.path, rel: 'license' }, results.license?.name || ''), ' · ',
        el('a', { href: `${base}/winners.csv` }, t('results.csv')), ' · ', el('a', { href: `${base}/winners` }, t('results.json'))),
      el('p', { id: 'totals' }, t('results.totals', { valid: formatNumber(results.total), voided: formatNumber(results.totalVoided) })),
      rankingTable(results));
  } catch (error) {
    showProblem(main, error);
  }
}

show();
