// What every campaign page needs to know about its campaign: its rules and whether voting is open.
import { api } from './api.js';
import { formatInstant, localized, t } from './i18n.js';
import { el } from './layout.js';

export function votingState(campaign, now = Date.now()) {
  const opens = Date.parse(campaign.votingWindow.opensAt);
  const closes = Date.parse(campaign.votingWindow.closesAt);
  if (now < opens) return 'upcoming';
  if (now >= closes) return 'closed';
  return 'open';
}

export function loadCampaign(campaignId) {
  return api(`/v1/campaigns/${encodeURIComponent(campaignId)}`);
}

/** The rules box: votes per day, the window and its time zone, and the integrity promise. */
export function rulesBox(campaign) {
  const zone = campaign.timeZone;
  return el('section', { class: 'rules', 'aria-labelledby': 'rules-title' },
    el('h2', { id: 'rules-title' }, t('rules.title')),
    el('p', {}, t('rules.perDay', { n: campaign.voteRules.perVoterPerDay, m: campaign.voteRules.perCandidatePerDay })),
    el('p', {}, t('rules.window', {
      from: formatInstant(campaign.votingWindow.opensAt, zone), to: formatInstant(campaign.votingWindow.closesAt, zone), zone
    })),
    el('p', {}, t('rules.integrity'), ' ',
      el('a', { href: `/integrity.html?campaign=${encodeURIComponent(campaign.campaignId)}` }, t('rules.integrityLink'))));
}

/** A banner when voting is not open (before or after its window). */
export function votingBanner(campaign) {
  const state = votingState(campaign);
  if (state === 'upcoming') {
    return el('p', { class: 'banner', id: 'voting-state' }, t('voting.notOpen', { at: formatInstant(campaign.votingWindow.opensAt, campaign.timeZone) }));
  }
  if (state === 'closed') {
    return el('p', { class: 'banner', id: 'voting-state' }, t('voting.closed', { at: formatInstant(campaign.votingWindow.closesAt, campaign.timeZone) }));
  }
  return null;
}

export function campaignTitle(campaign) {
  document.title = `${localized(campaign.name)} · ${t('site.name')}`;
  return el('h1', {}, localized(campaign.name));
}
