import { api } from '../api.js';
import { votingState } from '../campaign.js';
import { formatInstant, localized, t } from '../i18n.js';
import { el, frame, loading, showProblem } from '../layout.js';

const main = frame(null);
document.title = t('campaigns.title');

function card(campaign) {
  const id = encodeURIComponent(campaign.campaignId);
  const state = votingState(campaign);
  const links = state === 'closed'
    ? [['results', '/results.html'], ['dashboard', '/dashboard.html'], ['integrity', '/integrity.html']]
    : [['ballot', '/ballot.html'], ['notice', '/notice.html'], ['dashboard', '/dashboard.html']];
  return el('li', { class: 'card', 'data-campaign': campaign.campaignId },
    el('h3', {}, el('a', { href: `${links[0][1]}?campaign=${id}` }, localized(campaign.name))),
    el('p', { class: 'muted' }, t('campaigns.window', {
      from: formatInstant(campaign.votingWindow.opensAt, campaign.timeZone),
      to: formatInstant(campaign.votingWindow.closesAt, campaign.timeZone), zone: campaign.timeZone
    })),
    el('p', {}, links.map(([key, path], i) => [i ? ' · ' : '', el('a', { href: `${path}?campaign=${id}` }, t(`nav.${key}`))])));
}

async function show() {
  loading(main);
  try {
    const { campaigns } = await api('/v1/campaigns');
    const groups = { open: [], upcoming: [], closed: [] };
    campaigns.forEach((c) => groups[votingState(c)].push(c));
    groups.closed.sort((a, b) => b.votingWindow.closesAt.localeCompare(a.votingWindow.closesAt));
    const sections = ['open', 'upcoming', 'closed'].filter((g) => groups[g].length)
      .map((g) => el('section', { 'aria-labelledby': `group-${g}` },
        el('h2', { id: `group-${g}` }, t(`campaigns.${g}`)),
        el('ul', { class: 'campaigns', role: 'list' }, groups[g].map(card))));
    main.replaceChildren(el('h1', {}, t('campaigns.title')), ...(sections.length ? sections : [el('p', { class: 'empty' }, t('campaigns.none'))]));
  } catch (error) {
    showProblem(main, error);
  }
}

show();
