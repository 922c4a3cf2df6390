// The experts' workspace (专家评审): the nominations assigned to this expert, one nomination's details
// and documents, the scoring form for the campaign's criteria, and this expert's own scores. Never
// another expert's scores, nor any aggregate of them (the API does not send them to an expert either).
import { api } from '../api.js';
import { addMessages, localized, t } from '../i18n.js';
import { announce, el, loading, showProblem } from '../layout.js';
import { loadCampaign } from '../campaign.js';
import { actionForm, attachments, campaignPath, details, field, nominationPath } from './common.js';
import { campaignId, workspace } from './workspace.js';
import { actionsOf } from './workflow.js';

addMessages({
  'expert.title': '专家评审',
  'expert.assigned': '分配给我的推荐',
  'expert.none': '目前没有分配给您的推荐。',
  'expert.scored': '已评分',
  'expert.toScore': '待评分',
  'expert.col.mine': '我的评分',
  'expert.form': '评分（每项 0–100 分）',
  'expert.criterion': '{name}（权重 {weight}%）',
  'expert.submit': '提交评分',
  'expert.resubmit': '修改并重新提交评分',
  'expert.mine': '我提交的评分',
  'expert.mineNone': '您还没有为这位被推荐人评分。',
  'expert.saved': '评分已提交。',
  'expert.closed': '这一推荐已不在专家评审阶段，评分不能再修改。',
  'expert.privacy': '每位专家只能看到自己的评分；其他专家的评分和汇总结果由评审办公室掌握。',
  'expert.col.criterion': '评分项',
  'expert.col.score': '分数'
}, {
  'expert.title': 'Expert review',
  'expert.assigned': 'Nominations assigned to me',
  'expert.none': 'No nomination is assigned to you now.',
  'expert.scored': 'scored',
  'expert.toScore': 'to score',
  'expert.col.mine': 'My scores',
  'expert.form': 'Scores (0-100 each)',
  'expert.criterion': '{name} (weight {weight}%)',
  'expert.submit': 'Send the scores',
  'expert.resubmit': 'Change and send the scores again',
  'expert.mine': 'My scores',
  'expert.mineNone': 'You have not scored this nominee yet.',
  'expert.saved': 'Your scores are in.',
  'expert.closed': 'This nomination is past the experts\' review: scores can no longer change.',
  'expert.privacy': 'Each expert sees their own scores only; the other experts\' scores and the totals stay with the review office.',
  'expert.col.criterion': 'Criterion',
  'expert.col.score': 'Score'
});

const main = workspace('expert');
const campaign = campaignId();
const address = new URLSearchParams(location.search);

function here(parameters = {}) {
  return `/staff/expert.html?${new URLSearchParams({ campaign, ...parameters })}`;
}

function criterionName(criterion) {
  return localized(criterion.name) || criterion.code;
}

function myScores(campaignConfig, scores) {
  const section = el('section', { id: 'my-scores', 'aria-labelledby': 'my-scores-title' },
    el('h2', { id: 'my-scores-title' }, t('expert.mine')));
  if (!scores) {
    section.append(el('p', { class: 'empty' }, t('expert.mineNone')));
    return section;
  }
  section.append(el('table', { class: 'scores' }, el('caption', { class: 'visually-hidden' }, t('expert.mine')),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('expert.col.criterion')), el('th', { scope: 'col' }, t('expert.col.score')))),
    el('tbody', {}, campaignConfig.criteria.map((criterion) => el('tr', { 'data-criterion': criterion.code },
      el('th', { scope: 'row' }, criterionName(criterion)), el('td', { class: 'score' }, scores[criterion.code] ?? '—'))))));
  return section;
}

function scoringForm(campaignConfig, nomination, reload) {
  const fields = campaignConfig.criteria.map((criterion) => {
    const id = `score-${criterion.code}`;
    return field(id, t('expert.criterion', { name: criterionName(criterion), weight: Math.round(criterion.weight * 100) }),
      el('input', { id, name: criterion.code, type: 'number', inputmode: 'numeric', min: 0, max: 100, step: 1, required: true,
        value: nomination.myScores ? nomination.myScores[criterion.code] : undefined }));
  });
  // novalidate: the API checks the scores and its sentence (and each field's message) says what is wrong
  return actionForm({ id: 'scoring', class: 'card', novalidate: true, 'aria-labelledby': 'scoring-title' },
    [el('h2', { id: 'scoring-title' }, t('expert.form')), ...fields],
    t(nomination.myScores ? 'expert.resubmit' : 'expert.submit'),
    (form) => api(`${nominationPath(campaign, nomination.nominationId)}/scores`, { method: 'PUT', auth: true, body: {
      scores: Object.fromEntries(campaignConfig.criteria.map((criterion) => {
        const text = form.elements[criterion.code].value.trim();
        return [criterion.code, text === '' || Number.isNaN(Number(text)) ? text : Number(text)];
      }))
    } }),
    async () => { announce(t('expert.saved')); await reload(); });
}

async function nominationPage(nominationId) {
  const reload = () => nominationPage(nominationId);
  const [campaignConfig, nomination] = await Promise.all([loadCampaign(campaign),
    api(nominationPath(campaign, nominationId), { auth: true })]);
  document.title = `${nomination.nominee.name} · ${t('expert.title')}`;
  const mayScore = actionsOf(nomination.status, 'expert').includes('score');
  main.replaceChildren(
    el('p', {}, el('a', { href: here() }, t('nomination.back'))),
    el('h1', {}, `${nomination.nominee.name} `, el('span', { class: 'id' }, nomination.nominationId)),
    el('p', { id: 'status', 'data-status': nomination.status }, t('nomination.status', { status: t(`status.${nomination.status}`) })),
    el('p', { class: 'muted' }, t('expert.privacy')),
    el('div', { class: 'grid-2' },
      el('section', { 'aria-labelledby': 'details-title' }, el('h2', { id: 'details-title' }, t('nomination.nominee')),
        details(campaignConfig, nomination)),
      el('div', {}, mayScore ? scoringForm(campaignConfig, nomination, reload) : el('p', { class: 'muted' }, t('expert.closed')),
        myScores(campaignConfig, nomination.myScores))),
    await attachments(campaign, nominationId));
}

async function listPage() {
  const [campaignConfig, { nominations }] = await Promise.all([loadCampaign(campaign),
    api(`${campaignPath(campaign)}/nominations`, { auth: true })]);
  document.title = `${t('expert.title')} · ${localized(campaignConfig.name)}`;
  main.replaceChildren(el('h1', {}, t('expert.title')), el('p', { class: 'muted' }, localized(campaignConfig.name)),
    el('p', { class: 'muted' }, t('expert.privacy')),
    nominations.length
      ? el('table', { id: 'assigned', class: 'data' }, el('caption', {}, t('expert.assigned')),
        el('thead', {}, el('tr', {}, [t('nomination.col.id'), t('nomination.col.name'), t('nomination.col.enterprise'),
          t('nomination.col.status'), t('expert.col.mine')].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, nominations.map((n) => el('tr', { 'data-nomination': n.nominationId },
          el('td', {}, el('a', { href: here({ nomination: n.nominationId }), 'aria-label': t('nomination.open', { id: n.nominationId }) }, n.nominationId)),
          el('td', {}, n.nominee.name), el('td', {}, n.enterprise.name), el('td', {}, t(`status.${n.status}`)),
          el('td', {}, t(n.myScores ? 'expert.scored' : 'expert.toScore'))))))
      : el('p', { class: 'empty', id: 'assigned' }, t('expert.none')));
}

async function show() {
  if (!main) return;
  loading(main);
  try {
    const nominationId = address.get('nomination');
    if (nominationId) await nominationPage(nominationId);
    else await listPage();
  } catch (error) {
    showProblem(main, error);
  }
}

show();
