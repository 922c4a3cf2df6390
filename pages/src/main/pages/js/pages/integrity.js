// The integrity notice: the campaign's announced rules against bought votes, and every void published.
import { api, campaignFromAddress } from '../api.js';
import { campaignTitle, loadCampaign } from '../campaign.js';
import { formatNumber, localized, t } from '../i18n.js';
import { el, frame, loading, showProblem } from '../layout.js';

const campaignId = campaignFromAddress();
const main = frame(campaignId);

async function show() {
  if (!campaignId) {
    main.replaceChildren(el('p', { class: 'problem' }, t('common.campaignMissing')));
    return;
  }
  loading(main);
  try {
    const base = `/v1/campaigns/${encodeURIComponent(campaignId)}`;
    const [campaign, integrity, votes] = await Promise.all([loadCampaign(campaignId), api(`${base}/stats/integrity`),
      api(`${base}/stats/votes`)]);
    const names = new Map(votes.candidates.map((c) => [c.candidateId, c.name]));
    const rules = campaign.integrity || {};
    const table = integrity.voids.length
      ? el('div', { class: 'table-wrap' }, el('table', { id: 'voids' },
        el('caption', { class: 'visually-hidden' }, t('integrity.voids')),
        el('thead', {}, el('tr', {}, ['integrity.col.candidate', 'integrity.col.cast', 'integrity.col.votes', 'integrity.col.reason', 'integrity.col.status']
          .map((key, i) => el('th', { scope: 'col', class: i === 2 ? 'num' : undefined }, t(key))))),
        el('tbody', {}, integrity.voids.map((v) => el('tr', { 'data-void': v.voidId },
          el('td', {}, `${names.get(v.candidateId) || ''} `, el('span', { class: 'id' }, v.candidateId)),
          el('td', {}, v.castFrom === v.castTo ? v.castFrom : `${v.castFrom} – ${v.castTo}`),
          el('td', { class: 'num' }, formatNumber(v.votesVoided)),
          el('td', {}, v.reason),
          el('td', {}, t(`integrity.status.${v.status}`)))))))
      : el('p', { class: 'empty' }, t('integrity.noVoids'));
    main.replaceChildren(
      campaignTitle(campaign),
      el('h2', {}, t('integrity.title')),
      el('section', { class: 'rules', 'aria-labelledby': 'integrity-rules' },
        el('h3', { id: 'integrity-rules' }, t('integrity.rules')),
        rules.escalation ? el('p', { id: 'escalation' }, localized(rules.escalation)) : '',
        rules.fourEyesAbove ? el('p', {}, t('integrity.fourEyes', { n: rules.fourEyesAbove })) : '',
        rules.freshAccountDays ? el('p', {}, t('integrity.fresh', { n: rules.freshAccountDays })) : ''),
      el('h2', {}, t('integrity.voids')),
      el('p', { id: 'voided-total' }, t('integrity.total', { n: formatNumber(integrity.votesVoided) })),
      table,
      el('p', { class: 'muted' }, el('a', { href: `${base}/stats/integrity.csv` }, 'CSV'), ' · ',
        el('a', { href: `${base}/stats/integrity` }, 'JSON'), ' · ', integrity.license?.name || ''));
  } catch (error) {
    showProblem(main, error);
  }
}

show();
