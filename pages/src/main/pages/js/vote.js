// The vote button: one request per vote, its answer or its problem (as a sentence) shown at once.
import { api, ApiProblem } from './api.js';
import { login, session } from './auth.js';
import { votingState } from './campaign.js';
import { t } from './i18n.js';
import { announce, el } from './layout.js';

export function voteButton(candidate, campaign, votedToday, onVoted) {
  const open = votingState(campaign) === 'open';
  if (!open) return null;
  if (!session()) {
    return el('button', { type: 'button', class: 'secondary', 'data-action': 'login',
      'aria-label': `${t('login.toVote')}: ${candidate.name}`, onclick: () => login() }, t('login.toVote'));
  }
  const button = el('button', { type: 'button', class: 'primary', 'data-action': 'vote', 'data-candidate': candidate.candidateId,
    'aria-label': t('vote.buttonFor', { name: candidate.name }) }, t('vote.button'));
  if (votedToday) {
    button.disabled = true;
    button.textContent = t('vote.done');
  }
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = t('vote.sending');
    try {
      const receipt = await api(`/v1/campaigns/${encodeURIComponent(campaign.campaignId)}/votes`,
        { method: 'POST', body: { candidateId: candidate.candidateId }, auth: true });
      button.textContent = t('vote.done');
      announce(t('vote.accepted', { name: candidate.name, n: receipt.votesLeftToday }));
      onVoted(receipt);
    } catch (error) {
      const problem = error instanceof ApiProblem ? error : new ApiProblem(0, { detail: t('common.network') });
      // already voted: the button stays "voted today"; every other refusal lets the person try again
      if (problem.type.endsWith(':already-voted')) {
        button.textContent = t('vote.done');
      } else {
        button.disabled = false;
        button.textContent = t('vote.button');
      }
      announce(problem.sentence, 'problem');
      if (problem.status === 401) setTimeout(() => location.reload(), 1500);
    }
  });
  return button;
}

