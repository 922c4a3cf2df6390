// The review office's workspace (评审办公室): a queue per status with its count, a nomination's page
// with its documents, and only the steps its status allows (the workflow's own table, js/staff/workflow.js);
// every refusal is the API's sentence.
import { api } from '../api.js';
import { addMessages, formatNumber, localized, t } from '../i18n.js';
import { announce, el, loading, showProblem } from '../layout.js';
import { loadCampaign } from '../campaign.js';
import { actionForm, attachments, campaignPath, details, field, nominationPath, when } from './common.js';
import { campaignId, groups, workspace } from './workspace.js';
import { actionsOf, STATUSES } from './workflow.js';

addMessages({
  'review.title': '评审办公室',
  'review.queues': '按状态分列的推荐',
  'review.queue': '{status}（{n}）',
  'review.empty': '这一状态下没有推荐。',
  'review.actions': '可进行的操作',
  'review.noActions': '这一状态下评审办公室没有可进行的操作。',
  'review.reason': '理由',
  'review.reasonOptional': '理由（可不填）',
  'review.tier': '拟定等级',
  'review.experts': '评审专家（登录名，用逗号或空格分隔）',
  'review.scores': '已收到专家评分 {n} 份，共 {of} 位专家。',
  'review.expertScore': '专家评分（加权平均）：{score}',
  'review.proposedTier': '拟定等级：{tier}',
  'review.reasonGiven': '最近一次决定的理由：{reason}',
  'review.notice': '公示期：{from} 至 {to}',
  'review.done': '已完成：{action}。当前状态：{status}。',
  'review.audit': '审计记录',
  'review.auditAdminOnly': '审计记录只有活动管理员（admin 角色）可以查看；需要时请联系活动管理员。',
  'review.audit.col.at': '时间',
  'review.audit.col.actor': '操作人',
  'review.audit.col.action': '操作',
  'review.audit.col.change': '状态变化',
  'review.audit.col.reason': '理由',
  'review.objections': '异议',
  'review.objections.none': '没有异议。',
  'review.objection.status': '状态：{status}',
  'review.resolved': '异议 {id} 已处理。',
  'objection.OPEN': '待处理', 'objection.DISMISSED': '已驳回', 'objection.UPHELD': '成立',
  'review.objection.resolution': '处理结果：{resolution}',
  'review.objection.decision': '处理决定',
  'review.objection.dismiss': '驳回异议',
  'review.objection.uphold': '异议成立（推荐不予通过）',
  'review.objection.resolve': '提交处理决定',
  'review.ranking': '综合排名',
  'review.ranking.final': '投票已结束，排名为最终排名。',
  'review.ranking.provisional': '投票尚未结束，排名仍会变化。',
  'review.ranking.col.rank': '名次',
  'review.ranking.col.name': '候选人',
  'review.ranking.col.expert': '专家评分',
  'review.ranking.col.votes': '得票',
  'review.ranking.col.combined': '综合得分',
  'review.ranking.col.tier': '拟定 / 命名等级',
  'action.qualify': '资格审查通过',
  'action.disqualify': '资格不符，不予通过',
  'action.assign-experts': '指派评审专家',
  'action.shortlist': '联席会议：入围',
  'action.reject': '不予入围',
  'action.open-notice': '开始媒体公示',
  'action.resolve-objection': '处理异议',
  'action.finalize': '确定为候选人（上选票）',
  'action.name': '命名'
}, {
  'review.title': 'Review office',
  'review.queues': 'Nominations by status',
  'review.queue': '{status} ({n})',
  'review.empty': 'No nomination has this status.',
  'review.actions': 'What can be done now',
  'review.noActions': 'At this status the review office has nothing to do.',
  'review.reason': 'Reason',
  'review.reasonOptional': 'Reason (optional)',
  'review.tier': 'Proposed tier',
  'review.experts': 'Experts (login names, separated by commas or spaces)',
  'review.scores': '{n} of {of} experts have scored.',
  'review.expertScore': 'Expert score (weighted mean): {score}',
  'review.proposedTier': 'Proposed tier: {tier}',
  'review.reasonGiven': 'Reason of the last decision: {reason}',
  'review.notice': 'On notice: {from} to {to}',
  'review.done': 'Done: {action}. Status now: {status}.',
  'review.audit': 'Audit trail',
  'review.auditAdminOnly': 'Only campaign administrators (the admin role) may read the audit trail; ask one when you need it.',
  'review.audit.col.at': 'When',
  'review.audit.col.actor': 'Who',
  'review.audit.col.action': 'Action',
  'review.audit.col.change': 'Status change',
  'review.audit.col.reason': 'Reason',
  'review.objections': 'Objections',
  'review.objections.none': 'No objection.',
  'review.objection.status': 'Status: {status}',
  'review.resolved': 'Objection {id} resolved.',
  'objection.OPEN': 'open', 'objection.DISMISSED': 'dismissed', 'objection.UPHELD': 'upheld',
  'review.objection.resolution': 'Resolution: {resolution}',
  'review.objection.decision': 'Decision',
  'review.objection.dismiss': 'Dismiss the objection',
  'review.objection.uphold': 'Uphold it (the nomination is rejected)',
  'review.objection.resolve': 'Send the decision',
  'review.ranking': 'Ranking',
  'review.ranking.final': 'Voting has closed: the ranking is final.',
  'review.ranking.provisional': 'Voting has not closed: the ranking may still change.',
  'review.ranking.col.rank': 'Rank',
  'review.ranking.col.name': 'Finalist',
  'review.ranking.col.expert': 'Expert score',
  'review.ranking.col.votes': 'Votes',
  'review.ranking.col.combined': 'Combined',
  'review.ranking.col.tier': 'Proposed / named tier',
  'action.qualify': 'Qualify',
  'action.disqualify': 'Disqualify',
  'action.assign-experts': 'Assign experts',
  'action.shortlist': 'Joint meeting: shortlist',
  'action.reject': 'Reject',
  'action.open-notice': 'Open the public notice',
  'action.resolve-objection': 'Resolve objections',
  'action.finalize': 'Put on the ballot (finalize)',
  'action.name': 'Name the winner'
});

const main = workspace('reviewer');
const campaign = campaignId();
const address = new URLSearchParams(location.search);

function here(parameters) {
  return `/staff/review.html?${new URLSearchParams({ campaign, ...parameters })}`;
}

function table(caption, headers, rows, attributes = {}) {
  return el('table', attributes, el('caption', {}, caption),
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));
}

async function queues(status) {
  const lists = await Promise.all(STATUSES.map((s) => api(`${campaignPath(campaign)}/nominations?status=${s}`, { auth: true })));
  const counts = new Map(STATUSES.map((s, i) => [s, lists[i].nominations.length]));
  const current = lists[STATUSES.indexOf(status)].nominations;
  const nav = el('nav', { 'aria-label': t('review.queues') }, el('ul', { class: 'counts', id: 'queues' },
    STATUSES.map((s) => el('li', { 'data-status': s, 'data-count': counts.get(s) },
      el('a', { href: here({ status: s }), 'aria-current': s === status ? 'page' : undefined },
        t('review.queue', { status: t(`status.${s}`), n: formatNumber(counts.get(s)) }))))));
  const list = current.length
    ? table(t(`status.${status}`), [t('nomination.col.id'), t('nomination.col.name'), t('nomination.col.enterprise'), t('nomination.col.status')],
      current.map((n) => el('tr', { 'data-nomination': n.nominationId },
        el('td', {}, el('a', { href: here({ nomination: n.nominationId }), 'aria-label': t('nomination.open', { id: n.nominationId }) }, n.nominationId)),
        el('td', {}, n.nominee.name), el('td', {}, n.enterprise.name), el('td', {}, t(`status.${n.status}`)))),
      { id: 'queue', class: 'data' })
    : el('p', { class: 'empty', id: 'queue' }, t('review.empty'));
  return [nav, list];
}

function reasonField(action, optional = false) {
  const id = `${action}-reason`;
  return field(id, t(optional ? 'review.reasonOptional' : 'review.reason'),
    el('textarea', { id, name: 'reason', required: !optional, maxlength: 1000, rows: 2 }));
}

function tierField(action, tiers, selected) {
  const id = `${action}-tier`;
  return field(id, t('review.tier'), el('select', { id, name: 'tier', required: true },
    tiers.map((tier) => el('option', { value: tier.code, selected: tier.code === selected }, localized(tier.name)))));
}

function post(nomination, path, body, method = 'POST') {
  return api(`${nominationPath(campaign, nomination.nominationId)}/${path}`, { method, body, auth: true });
}

function valueOf(form, name) {
  return form.elements[name].value.trim();
}

/** The form of one action the workflow allows from the nomination's status. */
function actionFormFor(action, nomination, campaignConfig, reload) {
  const done = async (answer) => {
    announce(t('review.done', { action: t(`action.${action}`), status: t(`status.${answer?.status || nomination.status}`) }));
    await reload();
  };
  const attributes = { class: 'card action', 'data-action': action, 'aria-label': t(`action.${action}`) };
  const title = el('h3', {}, t(`action.${action}`));
  const withReason = (path) => actionForm(attributes, [title, reasonField(action)], t(`action.${action}`),
    (form) => post(nomination, path, { reason: valueOf(form, 'reason') }), done);
  switch (action) {
    case 'qualify': return withReason('qualify');
    case 'disqualify': return withReason('disqualify');
    case 'reject': return withReason('reject');
    case 'assign-experts': {
      const id = 'assign-experts-list';
      return actionForm(attributes, [title, field(id, t('review.experts'),
        el('input', { id, name: 'experts', type: 'text', required: true, value: (nomination.experts || []).join(', ') }))],
      t(`action.${action}`), (form) => post(nomination, 'experts',
        { experts: valueOf(form, 'experts').split(/[\s,，、]+/).filter(Boolean) }, 'PUT'), done);
    }
    case 'shortlist':
      return actionForm(attributes, [title, tierField(action, campaignConfig.tiers), reasonField(action, true)], t(`action.${action}`),
        (form) => post(nomination, 'shortlist', { tier: valueOf(form, 'tier'), ...(valueOf(form, 'reason') ? { reason: valueOf(form, 'reason') } : {}) }), done);
    case 'name':
      return actionForm(attributes, [title, tierField(action, campaignConfig.tiers, nomination.proposedTier)], t(`action.${action}`),
        (form) => post(nomination, 'name', { tier: valueOf(form, 'tier') }), done);
    case 'open-notice': return actionForm(attributes, [title], t(`action.${action}`), () => post(nomination, 'open-notice'), done);
    case 'finalize': return actionForm(attributes, [title], t(`action.${action}`), () => post(nomination, 'finalize'), done);
    case 'resolve-objection':
      return el('section', attributes, title, el('p', {}, el('a', { href: '#objections' }, t('review.objections'))));
    default: return null;
  }
}

async function objections(nomination, allowed, reload) {
  const section = el('section', { id: 'objections', 'aria-labelledby': 'objections-title' },
    el('h2', { id: 'objections-title' }, t('review.objections')));
  const { objections: list } = await api(`${nominationPath(campaign, nomination.nominationId)}/objections`, { auth: true });
  if (!list.length) {
    section.append(el('p', { class: 'empty' }, t('review.objections.none')));
    return section;
  }
  section.append(el('ul', { role: 'list', class: 'objections' }, list.map((objection) => {
    const item = el('li', { class: 'card', 'data-objection': objection.objectionId },
      el('p', {}, objection.text),
      el('p', { class: 'muted' }, `${objection.objectionId} · ${t('review.objection.status', { status: t(`objection.${objection.status}`) })}`),
      objection.resolution ? el('p', {}, t('review.objection.resolution', { resolution: objection.resolution })) : '');
    if (objection.status === 'OPEN' && allowed) {
      const id = `decision-${objection.objectionId}`;
      item.append(actionForm({ class: 'resolution' }, [
        field(id, t('review.objection.decision'), el('select', { id, name: 'decision' },
          el('option', { value: 'dismiss' }, t('review.objection.dismiss')), el('option', { value: 'uphold' }, t('review.objection.uphold')))),
        reasonField(`resolve-${objection.objectionId}`)], t('review.objection.resolve'),
      (form) => api(`${nominationPath(campaign, nomination.nominationId)}/objections/${encodeURIComponent(objection.objectionId)}/resolution`,
        { method: 'POST', auth: true, body: { decision: valueOf(form, 'decision'), reason: valueOf(form, 'reason') } }),
      async () => { announce(t('review.resolved', { id: objection.objectionId })); await reload(); }));
    }
    return item;
  })));
  return section;
}

async function audit(nominationId, timeZone) {
  const section = el('section', { id: 'audit', 'aria-labelledby': 'audit-title' }, el('h2', { id: 'audit-title' }, t('review.audit')));
  if (!groups().includes('admin')) {
    section.append(el('p', { class: 'muted', id: 'audit-admin-only' }, t('review.auditAdminOnly')));
    return section;
  }
  const { entries } = await api(`${nominationPath(campaign, nominationId)}/audit`, { auth: true });
  section.append(table(t('review.audit'), [t('review.audit.col.at'), t('review.audit.col.actor'), t('review.audit.col.action'),
    t('review.audit.col.change'), t('review.audit.col.reason')], entries.map((entry) => el('tr', {},
    el('td', {}, when(entry.at, timeZone)), el('td', {}, `${entry.actor} (${entry.role})`), el('td', {}, entry.action),
    el('td', {}, `${entry.from ? t(`status.${entry.from}`) : '—'} → ${t(`status.${entry.to}`)}`), el('td', {}, entry.reason || ''))),
  { class: 'data' }));
  return section;
}

async function ranking(campaignConfig) {
  const answer = await api(`${campaignPath(campaign)}/ranking`, { auth: true });
  const tierName = (code) => localized((campaignConfig.tiers.find((tier) => tier.code === code) || { name: code }).name);
  return el('section', { id: 'ranking', 'aria-labelledby': 'ranking-title' }, el('h2', { id: 'ranking-title' }, t('review.ranking')),
    el('p', { class: 'muted' }, t(answer.final ? 'review.ranking.final' : 'review.ranking.provisional')),
    table(t('review.ranking'), [t('review.ranking.col.rank'), t('review.ranking.col.name'), t('review.ranking.col.expert'),
      t('review.ranking.col.votes'), t('review.ranking.col.combined'), t('review.ranking.col.tier')],
    answer.finalists.map((f) => el('tr', { 'data-nomination': f.nominationId }, el('td', {}, f.rank), el('td', {}, f.name),
      el('td', {}, f.expertScore ?? ''), el('td', {}, formatNumber(f.votes)), el('td', {}, f.combined ?? ''),
      el('td', {}, [f.proposedTier && tierName(f.proposedTier), f.tier && tierName(f.tier)].filter(Boolean).join(' / ')))),
    { class: 'data' }));
}

async function nominationPage(nominationId) {
  const reload = () => nominationPage(nominationId);
  const [campaignConfig, nomination] = await Promise.all([loadCampaign(campaign),
    api(nominationPath(campaign, nominationId), { auth: true })]);
  const tierName = (code) => localized((campaignConfig.tiers.find((tier) => tier.code === code) || { name: code }).name);
  document.title = `${nomination.nominee.name} · ${t('review.title')}`;
  const allowed = actionsOf(nomination.status, 'reviewer');
  const forms = allowed.map((action) => actionFormFor(action, nomination, campaignConfig, reload)).filter(Boolean);
  const facts = [
    el('p', { id: 'status', 'data-status': nomination.status }, t('nomination.status', { status: t(`status.${nomination.status}`) })),
    (nomination.experts || []).length ? el('p', { id: 'scores-received' },
      t('review.scores', { n: nomination.scoresReceived, of: nomination.experts.length }), ' ', nomination.experts.join('、')) : '',
    nomination.expertScore !== undefined ? el('p', {}, t('review.expertScore', { score: nomination.expertScore })) : '',
    nomination.proposedTier ? el('p', {}, t('review.proposedTier', { tier: tierName(nomination.proposedTier) })) : '',
    nomination.reason ? el('p', {}, t('review.reasonGiven', { reason: nomination.reason })) : '',
    nomination.notice ? el('p', {}, t('review.notice', {
      from: when(nomination.notice.opensAt, campaignConfig.timeZone), to: when(nomination.notice.closesAt, campaignConfig.timeZone) })) : ''];
  const sections = [attachments(campaign, nominationId), audit(nominationId, campaignConfig.timeZone)];
  if (['ON_NOTICE', 'REJECTED', 'FINALIST', 'NAMED'].includes(nomination.status)) {
    sections.unshift(objections(nomination, allowed.includes('resolve-objection'), reload));
  }
  if (['FINALIST', 'NAMED'].includes(nomination.status)) sections.push(ranking(campaignConfig));
  const settled = await Promise.all(sections.map((s) => s.catch((error) => el('p', { class: 'problem' }, error.sentence || error.message))));
  main.replaceChildren(
    el('p', {}, el('a', { href: here({ status: nomination.status }) }, t('nomination.back'))),
    el('h1', {}, `${nomination.nominee.name} `, el('span', { class: 'id' }, nomination.nominationId)),
    el('div', { class: 'grid-2' },
      el('section', { 'aria-labelledby': 'details-title' }, el('h2', { id: 'details-title' }, t('nomination.nominee')), ...facts,
        details(campaignConfig, nomination)),
      el('section', { id: 'actions', 'aria-labelledby': 'actions-title', 'data-actions': allowed.join(' ') },
        el('h2', { id: 'actions-title' }, t('review.actions')),
        forms.length ? forms : el('p', { class: 'empty' }, t('review.noActions')))),
    ...settled);
}

async function queuePage(status) {
  const campaignConfig = await loadCampaign(campaign);
  document.title = `${t('review.title')} · ${localized(campaignConfig.name)}`;
  main.replaceChildren(el('h1', {}, t('review.title')), el('p', { class: 'muted' }, localized(campaignConfig.name)),
    ...(await queues(status)));
}

async function show() {
  if (!main) return;
  loading(main);
  try {
    const nominationId = address.get('nomination');
    if (nominationId) await nominationPage(nominationId);
    else await queuePage(STATUSES.includes(address.get('status')) ? address.get('status') : 'SUBMITTED');
  } catch (error) {
    showProblem(main, error);
  }
}

show();
