import { api, campaignFromAddress } from '../api.js';
import { t } from '../i18n.js';
import { el, frame } from '../layout.js';

const campaignId = campaignFromAddress();
const main = frame(campaignId);
document.title = t('receipt.title');

const input = el('input', { id: 'receipt', name: 'receipt', required: true, autocomplete: 'off', spellcheck: 'false', maxlength: 200 });
const result = el('div', { id: 'receipt-result', 'aria-live': 'polite' });

async function check(event) {
  event?.preventDefault();
  const receipt = input.value.trim();
  if (!receipt || !campaignId) return;
  result.replaceChildren(el('p', { class: 'muted' }, t('common.loading')));
  try {
    const answer = await api(`/v1/campaigns/${encodeURIComponent(campaignId)}/receipts/${encodeURIComponent(receipt)}`);
    const counted = answer.status === 'counted';
    result.replaceChildren(el('p', { class: counted ? 'notice-ok' : 'problem', 'data-status': answer.status },
      t(counted ? 'receipt.counted' : 'receipt.voided', { day: answer.votingDay })));
  } catch (error) {
    result.replaceChildren(el('p', { class: 'problem', role: 'alert' }, error.sentence || error.message));
  }
}

const initial = new URLSearchParams(location.search).get('receipt');
if (initial) input.value = initial;
main.replaceChildren(
  el('h1', {}, t('receipt.title')),
  el('p', {}, t('receipt.intro')),
  campaignId ? el('form', { class: 'card', onsubmit: check },
    el('label', { for: 'receipt' }, t('receipt.label')), input,
    el('p', {}, el('button', { type: 'submit', class: 'primary' }, t('receipt.check')))) : el('p', { class: 'problem' }, t('common.campaignMissing')),
  result);
if (initial) check();
