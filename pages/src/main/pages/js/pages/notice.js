// The public notice (媒体公示): who is on notice, until when, and an objection form for logged-in people.
import { api, campaignFromAddress } from '../api.js';
import { login, session } from '../auth.js';
import { campaignTitle, loadCampaign } from '../campaign.js';
import { formatInstant, localized, t } from '../i18n.js';
import { el, frame, loading, nomineePhoto, showProblem } from '../layout.js';

const campaignId = campaignFromAddress();
const main = frame(campaignId);

function objectionForm(notice) {
  if (!session()) {
    return el('button', { type: 'button', class: 'secondary', onclick: () => login(),
      'aria-label': `${t('login.toObject')}: ${notice.name}` }, t('login.toObject'));
  }
  const id = `objection-${notice.nominationId}`;
  const text = el('textarea', { id, name: 'text', required: true, maxlength: 1000, minlength: 1 });
  const outcome = el('div', { 'aria-live': 'polite', class: 'outcome' });
  const submit = el('button', { type: 'submit', class: 'primary' }, t('notice.submit'));
  const form = el('form', { class: 'objection', 'data-nomination': notice.nominationId },
    el('label', { for: id }, t('notice.objectionLabel', { name: notice.name })), text, el('p', {}, submit), outcome);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      const receipt = await api(`/v1/campaigns/${encodeURIComponent(campaignId)}/notices/${encodeURIComponent(notice.nominationId)}/objections`,
        { method: 'POST', body: { text: text.value }, auth: true });
      outcome.replaceChildren(el('p', { class: 'notice-ok' }, t('notice.filed', { id: receipt.objectionId })));
      text.value = '';
    } catch (error) {
      outcome.replaceChildren(el('p', { class: 'problem', role: 'alert' }, error.sentence || error.message));
    } finally {
      submit.disabled = false;
    }
  });
  return el('details', {}, el('summary', {}, t('notice.objection')), form);
}

async function show() {
  if (!campaignId) {
    main.replaceChildren(el('p', { class: 'problem' }, t('common.campaignMissing')));
    return;
  }
  loading(main);
  try {
    const [campaign, { notices }] = await Promise.all([loadCampaign(campaignId),
      api(`/v1/campaigns/${encodeURIComponent(campaignId)}/notices`)]);
    const industries = new Map(campaign.industries.map((i) => [i.code, localized(i.name)]));
    const categories = new Map(campaign.categories.map((c) => [c.code, localized(c.name)]));
    const items = notices.map((notice) => el('li', { class: 'card', 'data-nomination': notice.nominationId },
      nomineePhoto(notice.photo, notice.name, 'medium'),
      el('h3', {}, notice.name, ' ', el('span', { class: 'id' }, notice.nominationId)),
      el('p', { class: 'muted' }, [notice.enterprise, notice.trade, industries.get(notice.industry), categories.get(notice.category), notice.regionName]
        .filter(Boolean).join(' · ')),
      notice.citation ? el('p', {}, notice.citation) : '',
      el('p', { class: 'muted' }, t('notice.period', {
        from: formatInstant(notice.notice.opensAt, campaign.timeZone), to: formatInstant(notice.notice.closesAt, campaign.timeZone)
      })),
      objectionForm(notice)));
    main.replaceChildren(
      campaignTitle(campaign),
      el('h2', {}, t('notice.title')),
      el('section', { class: 'rules' }, el('p', {}, t('notice.rules'))),
      items.length ? el('ul', { class: 'notices', role: 'list', id: 'notices' }, items) : el('p', { class: 'empty' }, t('notice.none')));
  } catch (error) {
    showProblem(main, error);
  }
}

show();
