// The auditors' workspace (投票审计): the watch's alerts, an alert's evidence drawn (its votes over time,
// the networks they came from; each chart with its table and a sentence), voids asked for from an alert
// and restored with a reason, the four-eyes confirmations waiting for this auditor (never offered to the
// one who asked), suspensions, the audit trail, and the public integrity log as the public reads it.
// ECharts is loaded before this module as the global `echarts`, as on the dashboard.
import { api } from '../api.js';
import { session } from '../auth.js';
import { addMessages, formatNumber, language, localized, t } from '../i18n.js';
import { announce, el, loading, showProblem } from '../layout.js';
import { loadCampaign } from '../campaign.js';
import { actionForm, campaignPath, field, when } from './common.js';
import { campaignId, groups, workspace } from './workspace.js';

addMessages({
  'audit.title': '投票审计',
  'audit.views': '审计工作',
  'audit.view.alerts': '预警（{n}）',
  'audit.view.confirmations': '待我确认（{n}）',
  'audit.view.voids': '作废记录（{n}）',
  'audit.view.suspensions': '暂停投票（{n}）',
  'audit.view.audit': '审计记录',
  'audit.view.public': '公开公示',
  'audit.separation': '您的账号同时属于评审办公室：按职责分离，不能作废、恢复选票或暂停投票人，这里只供查看。请使用审计专用账号。',
  'audit.back': '返回预警列表',
  'candidate.label': '{name}（{id}）',
  'alerts.title': '预警',
  'alerts.intro': '投票监测每 5 分钟检查一次选票；预警只供审计人员参考，任何选票都要由审计人员核实后作废。',
  'alerts.none': '目前没有预警。',
  'alerts.col.alert': '预警',
  'alerts.col.rule': '类型',
  'alerts.col.candidate': '候选人',
  'alerts.col.window': '时间段',
  'alerts.col.votes': '涉及选票',
  'alerts.col.evidence': '证据',
  'alerts.col.status': '处理状态',
  'alerts.open': '查看预警 {id}',
  'rule.burst': '短时激增', 'rule.network': '同一网络集中', 'rule.fresh': '新账号集中', 'rule.lockstep': '同序投票', 'rule.manual': '人工核查',
  'severity.strong': '强信号', 'severity.review': '须人工核实',
  'state.open': '待处理', 'state.pending': '待复核确认', 'state.voided': '已作废', 'state.restored': '已恢复', 'state.informs': '仅提示（未涉及选票）',
  'evidence.burst': '5 分钟 {votes} 票，是前一小时平均（{trailingMean}）的 {factor} 倍，来自 {networks} 个网络',
  'evidence.network': '一个网络 5 分钟内投出 {votes} 票，占该网络同期投票的 {share}，{voters} 个投票人',
  'evidence.fresh': '新账号 5 分钟内投出 {freshVotes} 票；一小时内新账号占 {share}（其他候选人 {baselineShare}）',
  'evidence.lockstep': '{voters} 个投票人以相同顺序投票（前 {sequenceLength} 票），来自 {networks} 个网络',
  'explain.burst': '该候选人在这 5 分钟内的得票远高于前一小时的平均水平。涉及的是在此期间为其投出多票的网络的选票（至少两个这样的网络时）；只来自一个网络的激增只作提示。',
  'explain.network': '一个网络在 5 分钟内集中为该候选人投票。工厂职工在同一 Wi-Fi 下为本单位候选人投票也会如此：请核实后再决定是否作废。',
  'explain.fresh': '注册不久（或未实名）的账号集中为该候选人投票，比例远高于其他候选人的选票。',
  'explain.lockstep': '许多投票人在同一时段以完全相同的顺序为同一组候选人投票。',
  'alert.heading': '{rule}：{candidate}',
  'alert.window': '时间段：{from} 至 {to}（{zone}）',
  'alert.raised': '预警时间：{at}',
  'alert.severity': '信号强度：{severity}',
  'alert.state': '处理状态：{state}',
  'alert.figures': '证据数字',
  'figure.votes': '该时段得票', 'figure.trailingMean': '前一小时平均每 5 分钟得票', 'figure.factor': '倍数',
  'figure.networks': '网络数', 'figure.sourceNetworks': '集中投票的网络数', 'figure.implicatedVotes': '涉及选票',
  'figure.networkVotes': '该网络同期投票', 'figure.share': '占比', 'figure.voters': '投票人数',
  'figure.freshVotes': '新账号选票', 'figure.hourVotes': '一小时内得票', 'figure.hourFreshVotes': '一小时内新账号选票',
  'figure.baselineShare': '其他候选人的新账号占比', 'figure.sequenceLength': '相同顺序的票数',
  'evidence.title': '证据图表',
  'evidence.none': '这条预警没有涉及选票（例如只来自一个网络的激增），只作提示；请查看同一时段的“同一网络集中”预警。',
  'evidence.table': '查看数据表：{title}',
  'timeline.title': '涉及选票的投出时间',
  'timeline.summary': '涉及的 {n} 票按每 {seconds} 秒分段：从 {from} 到 {to}，最多的一段（{peak} 起）投出 {top} 票。',
  'timeline.mean': '前一小时平均每 5 分钟得票 {mean} 票，本时段 {votes} 票。',
  'timeline.meanLine': '前一小时平均（按段折算）',
  'timeline.col.from': '时段开始',
  'timeline.col.votes': '票数',
  'networks.title': '涉及选票的来源网络',
  'networks.summary': '涉及的 {n} 票来自 {count} 个网络；最多的 {top} 投出 {votes} 票（{share}），{voters} 个投票人。',
  'networks.hint': '网络按 IPv4 /24 或 IPv6 /48 分组，只显示带密钥的散列编号，不显示地址。',
  'networks.unknown': '未知网络',
  'networks.network': '网络 {id}',
  'networks.others': '其他 {n} 个网络',
  'networks.col.network': '网络',
  'networks.col.votes': '票数',
  'networks.col.voters': '投票人数',
  'votes.title': '涉及的选票（{n} 张）',
  'votes.more': '只列出前 {shown} 张，共 {n} 张。',
  'votes.col.voter': '投票人（化名编号）',
  'votes.col.at': '投出时间',
  'votes.col.network': '网络',
  'votes.col.suspend': '暂停',
  'votes.suspend': '暂停投票人 {id}',
  'votes.suspended': '已暂停',
  'actions.title': '处理',
  'void.form': '作废这些选票',
  'void.reason': '作废理由（将公开：写明发现了什么，不写是谁）',
  'void.fourEyes': '作废 {n} 票超过本活动的 {limit} 票：提交后须由另一名审计人员确认才生效。',
  'void.direct': '作废 {n} 票：提交后立即生效（不超过本活动须复核的 {limit} 票）。',
  'void.submit': '提出作废 {n} 票',
  'void.requested': '已提出作废 {id}，共 {n} 票，须由另一名审计人员确认。',
  'void.appliedNow': '作废 {id} 已生效，共作废 {n} 票。',
  'void.title': '作废 {id}',
  'void.status': '状态：{status}',
  'void.status.pending-confirmation': '待另一名审计人员确认', 'void.status.applied': '已生效', 'void.status.restored': '已恢复',
  'void.candidate': '候选人', 'void.rule': '依据', 'void.scope': '范围', 'void.window': '选票投出时间',
  'void.reasonGiven': '作废理由', 'void.votes': '选票数', 'void.votesVoided': '实际作废', 'void.requestedBy': '提出人',
  'void.requestedAt': '提出时间', 'void.confirmedBy': '复核确认人', 'void.appliedAt': '生效时间', 'void.restoredBy': '恢复人',
  'void.restoredAt': '恢复时间', 'void.restoreReason': '恢复理由', 'void.votesRestored': '恢复票数',
  'void.open': '查看作废 {id}',
  'void.alert': '来自预警 {id}',
  'void.nothing': '这项作废现在没有可进行的操作（已恢复的作废可从预警重新作废）。',
  'void.reasonLine': '作废理由：{reason}',
  'void.restoreLine': '恢复理由：{reason}',
  'void.ownPending': '这项作废是您提出的，须由另一名审计人员确认；您不能确认自己提出的作废。',
  'void.confirm': '确认作废 {n} 票',
  'void.confirmed': '已确认作废 {id}：{n} 票不再计入有效票。',
  'void.restore': '恢复这些选票',
  'void.restoreReason.label': '恢复理由（记入审计记录）',
  'void.restored': '作废 {id} 已恢复：{n} 票重新计入。',
  'void.votesTable': '作废的选票（{n} 张）',
  'void.col.voter': '投票人（化名编号）',
  'void.col.day': '投票日',
  'confirmations.title': '待我确认的作废',
  'confirmations.intro': '一次作废超过 {limit} 票时须由第二名审计人员确认（四眼原则）。',
  'confirmations.none': '没有等待您确认的作废。',
  'confirmations.mine': '我提出、等待其他审计人员确认的作废',
  'confirmations.mineNone': '您没有等待确认的作废。',
  'voids.title': '作废记录',
  'voids.none': '还没有作废记录。',
  'voids.col.void': '作废',
  'voids.col.candidate': '候选人',
  'voids.col.rule': '依据',
  'voids.col.votes': '票数',
  'voids.col.status': '状态',
  'voids.col.reason': '理由',
  'voids.col.by': '提出 / 确认',
  'suspensions.title': '暂停投票',
  'suspensions.intro': '被暂停的投票人约一分钟内不能再投票；已投的选票不受影响，需要时请另行作废。',
  'suspensions.none': '没有被暂停的投票人。',
  'suspensions.form': '暂停一名投票人',
  'suspensions.voter': '投票人编号（22 位化名编号，见预警的证据）',
  'suspensions.reason': '暂停理由（记入审计记录）',
  'suspensions.submit': '暂停投票',
  'suspensions.done': '投票人 {id} 已暂停投票。',
  'suspensions.lift': '解除暂停',
  'suspensions.liftFor': '解除 {id} 的暂停',
  'suspensions.lifted': '投票人 {id} 可以重新投票。',
  'audit.trail': '审计记录',
  'audit.trailIntro': '审计人员的每一项操作：谁、何时、做了什么、涉及多少票、理由。',
  'audit.none': '还没有审计记录。',
  'audit.col.at': '时间', 'audit.col.actor': '操作人', 'audit.col.action': '操作', 'audit.col.subject': '对象',
  'audit.col.votes': '票数', 'audit.col.reason': '理由',
  'audit.action.request-void': '提出作废', 'audit.action.apply-void': '作废（立即生效）', 'audit.action.confirm-void': '复核确认作废',
  'audit.action.restore-void': '恢复选票', 'audit.action.suspend-voter': '暂停投票', 'audit.action.lift-suspension': '解除暂停',
  'public.title': '公开的投票诚信公示',
  'public.intro': '公众看到的就是下面这些：每项作废的候选人、选票投出的时段、票数、依据和理由，不含任何投票人信息。',
  'public.page': '打开公开的投票诚信页',
  'public.dashboard': '打开公开数据页（有效票）',
  'public.asOf': '数据截至 {at}（{zone}）',
  'public.totals': '各候选人的有效票与作废票',
  'public.col.candidate': '候选人',
  'public.col.valid': '有效票',
  'public.col.voided': '作废票'
}, {
  'audit.title': 'Vote audit',
  'audit.views': 'Audit work',
  'audit.view.alerts': 'Alerts ({n})',
  'audit.view.confirmations': 'To confirm ({n})',
  'audit.view.voids': 'Voids ({n})',
  'audit.view.suspensions': 'Suspensions ({n})',
  'audit.view.audit': 'Audit trail',
  'audit.view.public': 'Public log',
  'audit.separation': 'Your account is also in the review office: by separation of duties it may not void or restore votes nor suspend voters, only read here. Use an auditor-only account.',
  'audit.back': 'Back to the alerts',
  'candidate.label': '{name} ({id})',
  'alerts.title': 'Alerts',
  'alerts.intro': 'The watch looks at the votes every 5 minutes; its alerts only inform the auditors, and no vote is voided but by an auditor who has checked.',
  'alerts.none': 'No alert so far.',
  'alerts.col.alert': 'Alert',
  'alerts.col.rule': 'Kind',
  'alerts.col.candidate': 'Candidate',
  'alerts.col.window': 'Window',
  'alerts.col.votes': 'Votes implicated',
  'alerts.col.evidence': 'Evidence',
  'alerts.col.status': 'Status',
  'alerts.open': 'Open alert {id}',
  'rule.burst': 'Burst', 'rule.network': 'Network concentration', 'rule.fresh': 'Fresh accounts', 'rule.lockstep': 'Lockstep voting', 'rule.manual': 'Manual review',
  'severity.strong': 'strong signal', 'severity.review': 'needs review',
  'state.open': 'to handle', 'state.pending': 'awaiting confirmation', 'state.voided': 'voided', 'state.restored': 'restored', 'state.informs': 'informs only (no vote implicated)',
  'evidence.burst': '{votes} votes in 5 minutes, {factor} times the mean of the hour before ({trailingMean}), from {networks} networks',
  'evidence.network': 'one network gave {votes} votes in 5 minutes, {share} of its votes then, from {voters} voters',
  'evidence.fresh': 'fresh accounts gave {freshVotes} votes in 5 minutes; {share} of the hour’s votes (other candidates {baselineShare})',
  'evidence.lockstep': '{voters} voters voting in the same order (first {sequenceLength} votes), from {networks} networks',
  'explain.burst': 'The candidate’s votes in these 5 minutes far exceed its mean over the hour before. Implicated are the votes of the networks that gave it several votes then (when at least two did); a burst from one network only informs.',
  'explain.network': 'One network gave the candidate concentrated votes within 5 minutes. A factory’s workers voting for their colleague on the factory’s Wi-Fi look the same: check before deciding to void.',
  'explain.fresh': 'Recently created (or unverified) accounts voted for the candidate, far more than among the other candidates’ votes.',
  'explain.lockstep': 'Many voters voted for the same candidates in exactly the same order within the same window.',
  'alert.heading': '{rule}: {candidate}',
  'alert.window': 'Window: {from} to {to} ({zone})',
  'alert.raised': 'Raised: {at}',
  'alert.severity': 'Signal: {severity}',
  'alert.state': 'Status: {state}',
  'alert.figures': 'Figures',
  'figure.votes': 'Votes in the window', 'figure.trailingMean': 'Mean per 5 minutes over the hour before', 'figure.factor': 'Factor',
  'figure.networks': 'Networks', 'figure.sourceNetworks': 'Networks voting in bulk', 'figure.implicatedVotes': 'Votes implicated',
  'figure.networkVotes': 'The network’s votes then', 'figure.share': 'Share', 'figure.voters': 'Voters',
  'figure.freshVotes': 'Fresh accounts’ votes', 'figure.hourVotes': 'Votes in the hour', 'figure.hourFreshVotes': 'Fresh accounts’ votes in the hour',
  'figure.baselineShare': 'Fresh share among the other candidates', 'figure.sequenceLength': 'Votes in the same order',
  'evidence.title': 'The evidence as charts',
  'evidence.none': 'This alert implicates no vote (a burst from one network alone, say): it only informs. Look at the network concentration alerts of the same window.',
  'evidence.table': 'Show the data table: {title}',
  'timeline.title': 'When the implicated votes were cast',
  'timeline.summary': 'The {n} implicated votes in steps of {seconds} seconds, from {from} to {to}; the busiest step (from {peak}) had {top} votes.',
  'timeline.mean': 'The hour before: a mean of {mean} votes per 5 minutes; this window: {votes}.',
  'timeline.meanLine': 'Mean of the hour before (per step)',
  'timeline.col.from': 'Step from',
  'timeline.col.votes': 'Votes',
  'networks.title': 'The networks the implicated votes came from',
  'networks.summary': 'The {n} implicated votes came from {count} network(s); the largest, {top}, gave {votes} votes ({share}) from {voters} voter(s).',
  'networks.hint': 'A network is an IPv4 /24 or IPv6 /48, shown only as a keyed hash, never as an address.',
  'networks.unknown': 'unknown network',
  'networks.network': 'network {id}',
  'networks.others': '{n} other networks',
  'networks.col.network': 'Network',
  'networks.col.votes': 'Votes',
  'networks.col.voters': 'Voters',
  'votes.title': 'The implicated votes ({n})',
  'votes.more': 'The first {shown} of {n} listed.',
  'votes.col.voter': 'Voter (pseudonymous id)',
  'votes.col.at': 'Cast at',
  'votes.col.network': 'Network',
  'votes.col.suspend': 'Suspend',
  'votes.suspend': 'Suspend voter {id}',
  'votes.suspended': 'suspended',
  'actions.title': 'What to do',
  'void.form': 'Void these votes',
  'void.reason': 'Reason (published: say what was found, never who)',
  'void.fourEyes': 'Voiding {n} votes is more than this campaign’s {limit}: a second auditor must confirm before it takes effect.',
  'void.direct': 'Voiding {n} votes takes effect at once (not more than this campaign’s {limit} that need a second auditor).',
  'void.submit': 'Ask to void {n} votes',
  'void.requested': 'Void {id} of {n} votes asked for: a second auditor must confirm it.',
  'void.appliedNow': 'Void {id} applied: {n} votes voided.',
  'void.title': 'Void {id}',
  'void.status': 'Status: {status}',
  'void.status.pending-confirmation': 'awaiting a second auditor', 'void.status.applied': 'applied', 'void.status.restored': 'restored',
  'void.candidate': 'Candidate', 'void.rule': 'Rule', 'void.scope': 'Scope', 'void.window': 'Votes cast',
  'void.reasonGiven': 'Reason', 'void.votes': 'Votes', 'void.votesVoided': 'Voided', 'void.requestedBy': 'Asked for by',
  'void.requestedAt': 'Asked for at', 'void.confirmedBy': 'Confirmed by', 'void.appliedAt': 'Applied at', 'void.restoredBy': 'Restored by',
  'void.restoredAt': 'Restored at', 'void.restoreReason': 'Reason for restoring', 'void.votesRestored': 'Votes restored',
  'void.open': 'Open void {id}',
  'void.alert': 'from alert {id}',
  'void.nothing': 'Nothing to do about this void now (restored votes can be voided again from the alert).',
  'void.reasonLine': 'Reason: {reason}',
  'void.restoreLine': 'Reason for restoring: {reason}',
  'void.ownPending': 'You asked for this void: another auditor must confirm it; you cannot confirm your own.',
  'void.confirm': 'Confirm voiding {n} votes',
  'void.confirmed': 'Void {id} confirmed: {n} votes no longer count as valid.',
  'void.restore': 'Restore these votes',
  'void.restoreReason.label': 'Reason for restoring (kept in the audit trail)',
  'void.restored': 'Void {id} restored: {n} votes count again.',
  'void.votesTable': 'The voided votes ({n})',
  'void.col.voter': 'Voter (pseudonymous id)',
  'void.col.day': 'Voting day',
  'confirmations.title': 'Voids waiting for my confirmation',
  'confirmations.intro': 'A void of more than {limit} votes needs a second auditor’s confirmation (four eyes).',
  'confirmations.none': 'No void is waiting for your confirmation.',
  'confirmations.mine': 'Voids I asked for, waiting for another auditor',
  'confirmations.mineNone': 'None of your voids is waiting.',
  'voids.title': 'Voids',
  'voids.none': 'No void so far.',
  'voids.col.void': 'Void',
  'voids.col.candidate': 'Candidate',
  'voids.col.rule': 'Rule',
  'voids.col.votes': 'Votes',
  'voids.col.status': 'Status',
  'voids.col.reason': 'Reason',
  'voids.col.by': 'Asked for / confirmed by',
  'suspensions.title': 'Suspended voters',
  'suspensions.intro': 'A suspended voter’s next votes are refused within a minute; votes already cast stay as they are: void them if they should not count.',
  'suspensions.none': 'No voter is suspended.',
  'suspensions.form': 'Suspend a voter',
  'suspensions.voter': 'Voter id (22 characters, the pseudonymous id in an alert’s evidence)',
  'suspensions.reason': 'Reason (kept in the audit trail)',
  'suspensions.submit': 'Suspend',
  'suspensions.done': 'Voter {id} is suspended.',
  'suspensions.lift': 'Lift',
  'suspensions.liftFor': 'Lift the suspension of {id}',
  'suspensions.lifted': 'Voter {id} may vote again.',
  'audit.trail': 'Audit trail',
  'audit.trailIntro': 'Every auditor action: who, when, what, how many votes, why.',
  'audit.none': 'No auditor action so far.',
  'audit.col.at': 'When', 'audit.col.actor': 'Who', 'audit.col.action': 'Action', 'audit.col.subject': 'On',
  'audit.col.votes': 'Votes', 'audit.col.reason': 'Reason',
  'audit.action.request-void': 'asked to void', 'audit.action.apply-void': 'voided (at once)', 'audit.action.confirm-void': 'confirmed a void',
  'audit.action.restore-void': 'restored votes', 'audit.action.suspend-voter': 'suspended a voter', 'audit.action.lift-suspension': 'lifted a suspension',
  'public.title': 'The public integrity log',
  'public.intro': 'This is what the public sees: each void’s candidate, the hours its votes were cast in, the votes, the rule and the reason, and nothing about voters.',
  'public.page': 'Open the public integrity page',
  'public.dashboard': 'Open the public data page (valid votes)',
  'public.asOf': 'Figures as of {at} ({zone})',
  'public.totals': 'Each candidate’s valid and voided votes',
  'public.col.candidate': 'Candidate',
  'public.col.valid': 'Valid',
  'public.col.voided': 'Voided'
});

const VIEWS = ['alerts', 'confirmations', 'voids', 'suspensions', 'audit', 'public'];
const COLOURS = { bar: '#2b5797', mean: '#b8430f' };
/** The evidence table lists at most this many votes (an alert holds up to 5,000). */
const VOTES_LISTED = 500;
/** Bars in the networks chart; the rest are one bar. */
const NETWORKS_DRAWN = 15;
const TIME_STEPS = 10;
/** The figures in the order a person reads them; any other the API adds comes after. */
const FIGURE_ORDER = ['votes', 'implicatedVotes', 'trailingMean', 'factor', 'networks', 'sourceNetworks', 'networkVotes', 'share', 'voters',
  'freshVotes', 'hourVotes', 'hourFreshVotes', 'baselineShare', 'sequenceLength'];

const main = workspace('auditor');
const campaign = campaignId();
const address = new URLSearchParams(location.search);
const integrityPath = `${campaignPath(campaign)}/integrity`;
const charts = new Map();
// separation of duties: a login also in the review office may read, never act on votes (the API says 403)
const readOnly = groups().includes('reviewer');
const me = session()?.subject;

function here(parameters = {}) {
  return `/staff/auditor.html?${new URLSearchParams({ campaign, ...parameters })}`;
}

/** A table named by its caption for screen readers; on screen the heading or summary before it names it already. */
function table(attributes, caption, headers, rows) {
  return el('div', { class: 'table-wrap' }, el('table', attributes, el('caption', { class: 'visually-hidden' }, caption),
    el('thead', {}, el('tr', {}, headers.map(([text, numeric]) => el('th', { scope: 'col', class: numeric ? 'num' : undefined }, text)))),
    el('tbody', {}, rows)));
}

function num(value) {
  return el('td', { class: 'num', 'data-value': value }, formatNumber(value ?? 0));
}

function percent(value) {
  return new Intl.NumberFormat(language() === 'en' ? 'en-GB' : 'zh-CN', { style: 'percent', maximumFractionDigits: 1 }).format(value ?? 0);
}

function timeOfDay(ms, timeZone) {
  return new Intl.DateTimeFormat(language() === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false
  }).format(new Date(ms));
}

/** The page's facts about the campaign: its configuration, the finalists' names, the alerts, voids and suspensions. */
async function loadFacts() {
  const [config, ballot, alerts, voids, suspensions] = await Promise.all([
    loadCampaign(campaign),
    api(`${campaignPath(campaign)}/candidates`),
    api(`${integrityPath}/alerts`, { auth: true }),
    api(`${integrityPath}/voids`, { auth: true }),
    api(`${integrityPath}/suspensions`, { auth: true })]);
  const names = new Map(ballot.candidates.map((c) => [c.candidateId, c.name]));
  return {
    config,
    zone: config.timeZone,
    fourEyesAbove: config.integrity?.fourEyesAbove ?? 100,
    alerts: alerts.alerts,
    voids: voids.voids,
    suspended: new Set(suspensions.suspended),
    candidate: (id) => (names.has(id) ? t('candidate.label', { name: names.get(id), id }) : id)
  };
}

/** Where an alert stands, from the voids asked for from it. */
function alertState(alert, voids) {
  const related = voids.filter((v) => v.alertId === alert.alertId);
  if (related.some((v) => v.status === 'applied')) return 'voided';
  if (related.some((v) => v.status === 'pending-confirmation')) return 'pending';
  if (related.some((v) => v.status === 'restored')) return 'restored';
  return alert.implicatedVotes ? 'open' : 'informs';
}

function waitingForMe(facts) {
  return facts.voids.filter((v) => v.status === 'pending-confirmation' && v.requestedBy !== me);
}

function evidenceText(alert) {
  const figures = Object.fromEntries(Object.entries(alert.figures).map(([key, value]) => [key,
    ['share', 'baselineShare'].includes(key) ? percent(value) : formatNumber(value)]));
  return t(`evidence.${alert.rule}`, figures);
}

function frameOf(facts, view, ...content) {
  const counts = {
    alerts: facts.alerts.length, confirmations: waitingForMe(facts).length, voids: facts.voids.length, suspensions: facts.suspended.size
  };
  main.replaceChildren(
    el('h1', {}, t('audit.title')),
    el('p', { class: 'muted' }, localized(facts.config.name)),
    el('nav', { 'aria-label': t('audit.views') }, el('ul', { class: 'counts', id: 'views' }, VIEWS.map((v) => el('li', { 'data-view': v, 'data-count': counts[v] },
      el('a', { href: here({ view: v }), 'aria-current': v === view ? 'page' : undefined }, t(`audit.view.${v}`, { n: formatNumber(counts[v] ?? 0) })))))),
    readOnly ? el('p', { class: 'banner', id: 'separation' }, t('audit.separation')) : '',
    ...content);
}

// --- the alerts --------------------------------------------------------------------------------------

function alertsView(facts) {
  document.title = `${t('alerts.title')} · ${t('audit.title')}`;
  const rows = facts.alerts.map((alert) => {
    const state = alertState(alert, facts.voids);
    return el('tr', { 'data-alert': alert.alertId, 'data-rule': alert.rule, 'data-state': state },
      el('td', {}, el('a', { href: here({ alert: alert.alertId }), 'aria-label': t('alerts.open', { id: alert.alertId }) }, alert.alertId)),
      el('td', {}, t(`rule.${alert.rule}`), el('br'), el('span', { class: `severity severity-${alert.severity}` }, t(`severity.${alert.severity}`))),
      el('td', {}, facts.candidate(alert.candidateId)),
      el('td', {}, when(alert.window.opensAt, facts.zone)),
      num(alert.implicatedVotes),
      el('td', {}, evidenceText(alert)),
      el('td', {}, el('span', { class: `state state-${state}` }, t(`state.${state}`))));
  });
  frameOf(facts, 'alerts',
    el('h2', {}, t('alerts.title')),
    el('p', { class: 'muted' }, t('alerts.intro')),
    rows.length
      ? table({ id: 'alerts', class: 'data' }, t('alerts.title'), [[t('alerts.col.alert')], [t('alerts.col.rule')], [t('alerts.col.candidate')],
        [t('alerts.col.window')], [t('alerts.col.votes'), true], [t('alerts.col.evidence')], [t('alerts.col.status')]], rows)
      : el('p', { class: 'empty', id: 'alerts' }, t('alerts.none')));
}

// --- an alert's evidence as charts -------------------------------------------------------------------

function dataTable(id, headings, rows) {
  return el('details', { class: 'data-table' }, el('summary', {}, t('evidence.table', { title: headings.title })),
    table({ id }, headings.title, headings.columns, rows));
}

function chartBox(id, summary, height) {
  const box = el('div', { id, class: 'chart', role: 'img', 'aria-label': summary });
  box.style.height = `${height}px`;
  return box;
}

function draw(box, option) {
  charts.get(box.id)?.dispose();
  if (typeof echarts === 'undefined') return;
  const chart = echarts.init(box, null, { renderer: 'canvas' });
  // richText tooltips are drawn on the canvas: HTML ones would carry inline style attributes the CSP refuses
  const tooltip = option.tooltip ? { ...option.tooltip, renderMode: 'richText', confine: true } : undefined;
  chart.setOption({ animation: false, textStyle: { fontFamily: getComputedStyle(document.documentElement).fontFamily }, ...option, tooltip });
  charts.set(box.id, chart);
  new ResizeObserver(() => chart.resize()).observe(box);
}

/** The implicated votes counted in ten equal steps of the alert's window: the burst's shape. */
function timelineCard(alert, zone) {
  const opens = Date.parse(alert.window.opensAt);
  const closes = Date.parse(alert.window.closesAt);
  const step = Math.max(closes - opens, 60_000) / TIME_STEPS;
  const steps = Array.from({ length: TIME_STEPS }, (_, i) => ({ from: opens + i * step, votes: 0 }));
  alert.implicated.forEach((vote) => {
    const i = Math.floor((Date.parse(vote.castAt) - opens) / step);
    steps[Math.min(TIME_STEPS - 1, Math.max(0, i))].votes += 1;
  });
  const peak = steps.reduce((best, s) => (s.votes > best.votes ? s : best), steps[0]);
  const labels = steps.map((s) => timeOfDay(s.from, zone));
  const mean = alert.figures.trailingMean;
  const sentences = [t('timeline.summary', {
    n: formatNumber(alert.implicated.length), seconds: formatNumber(Math.round(step / 1000)), from: timeOfDay(opens, zone),
    to: timeOfDay(closes, zone), peak: timeOfDay(peak.from, zone), top: formatNumber(peak.votes)
  })];
  if (mean !== undefined) sentences.push(t('timeline.mean', { mean: formatNumber(mean), votes: formatNumber(alert.figures.votes ?? 0) }));
  const summary = sentences.join(' ');
  const box = chartBox('chart-timeline', summary, 280);
  const rows = steps.map((s, i) => el('tr', { 'data-key': new Date(s.from).toISOString() },
    el('th', { scope: 'row' }, labels[i]), num(s.votes)));
  const card = el('section', { class: 'card chart-card', id: 'timeline', 'aria-labelledby': 'timeline-title' },
    el('h3', { id: 'timeline-title' }, t('timeline.title')), el('p', { class: 'chart-summary' }, summary), box,
    dataTable('table-timeline', { title: t('timeline.title'), columns: [[t('timeline.col.from')], [t('timeline.col.votes'), true]] }, rows));
  const series = { name: t('timeline.col.votes'), type: 'bar', data: steps.map((s) => s.votes), barMaxWidth: 40, itemStyle: { color: COLOURS.bar } };
  if (mean !== undefined) {
    series.markLine = { symbol: 'none', lineStyle: { color: COLOURS.mean, type: 'dashed', width: 2 },
      label: { formatter: t('timeline.meanLine'), position: 'insideEndTop', color: '#1b1b1f' },
      data: [{ yAxis: Math.round((mean / TIME_STEPS) * 100) / 100 }] };
  }
  return [card, () => draw(box, {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: labels, axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [series]
  })];
}

/** The implicated votes per network (the keyed hash of an IPv4 /24 or IPv6 /48), largest first. */
function networksCard(alert) {
  const byNetwork = new Map();
  alert.implicated.forEach((vote) => {
    const entry = byNetwork.get(vote.network) || { network: vote.network, votes: 0, voters: new Set() };
    entry.votes += 1;
    entry.voters.add(vote.voterId);
    byNetwork.set(vote.network, entry);
  });
  const all = [...byNetwork.values()].sort((a, b) => b.votes - a.votes || a.network.localeCompare(b.network));
  const name = (network) => (network === '-' ? t('networks.unknown') : t('networks.network', { id: network }));
  const drawn = all.slice(0, NETWORKS_DRAWN).map((n) => ({ label: name(n.network), votes: n.votes }));
  if (all.length > NETWORKS_DRAWN) {
    const rest = all.slice(NETWORKS_DRAWN);
    drawn.push({ label: t('networks.others', { n: rest.length }), votes: rest.reduce((sum, n) => sum + n.votes, 0) });
  }
  const top = all[0];
  const summary = t('networks.summary', {
    n: formatNumber(alert.implicated.length), count: formatNumber(all.length), top: name(top.network), votes: formatNumber(top.votes),
    share: percent(top.votes / alert.implicated.length), voters: formatNumber(top.voters.size)
  });
  const box = chartBox('chart-networks', summary, Math.max(200, drawn.length * 30 + 70));
  const rows = all.map((n) => el('tr', { 'data-key': n.network },
    el('th', { scope: 'row' }, name(n.network)), num(n.votes), num(n.voters.size)));
  const card = el('section', { class: 'card chart-card', id: 'networks', 'aria-labelledby': 'networks-title' },
    el('h3', { id: 'networks-title' }, t('networks.title')), el('p', { class: 'chart-summary' }, summary), box,
    el('p', { class: 'muted' }, t('networks.hint')),
    dataTable('table-networks', { title: t('networks.title'), columns: [[t('networks.col.network')], [t('networks.col.votes'), true],
      [t('networks.col.voters'), true]] }, rows));
  return [card, () => draw(box, {
    tooltip: { trigger: 'item' },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: drawn.map((d) => d.label) },
    series: [{ name: t('networks.col.votes'), type: 'bar', data: drawn.map((d) => d.votes), barMaxWidth: 28, itemStyle: { color: COLOURS.bar },
      label: { show: true, position: 'right', formatter: '{c}' } }]
  })];
}

function votesList(alert, facts) {
  const listed = alert.implicated.slice(0, VOTES_LISTED);
  return el('details', { class: 'data-table', id: 'implicated' },
    el('summary', {}, t('votes.title', { n: formatNumber(alert.implicated.length) })),
    alert.implicated.length > listed.length ? el('p', { class: 'muted' }, t('votes.more', { shown: listed.length, n: alert.implicated.length })) : '',
    table({ id: 'table-implicated' }, t('votes.title', { n: formatNumber(alert.implicated.length) }),
      [[t('votes.col.voter')], [t('votes.col.at')], [t('votes.col.network')], [t('votes.col.suspend')]],
      listed.map((vote) => el('tr', { 'data-voter': vote.voterId },
        el('td', { class: 'id' }, vote.voterId),
        el('td', {}, `${when(vote.castAt, facts.zone).slice(0, 10)} ${timeOfDay(Date.parse(vote.castAt), facts.zone)}`),
        el('td', { class: 'id' }, vote.network),
        el('td', {}, facts.suspended.has(vote.voterId) ? t('votes.suspended')
          : (readOnly ? '' : el('a', { href: here({ view: 'suspensions', voter: vote.voterId }), 'aria-label': t('votes.suspend', { id: vote.voterId }) },
            t('suspensions.submit'))))))));
}

// --- voids: asking, confirming, restoring ---------------------------------------------------------------

function reasonField(id, label) {
  return field(id, label, el('textarea', { id, name: 'reason', required: true, maxlength: 500, rows: 3 }));
}

function valueOf(form, name) {
  return form.elements[name].value.trim();
}

/** A void with what this auditor may do about it now: confirm another's, restore an applied one. */
function voidCard(record, facts, reload, { described = true } = {}) {
  const card = el('div', { class: 'card void', 'data-void': record.voidId, 'data-status': record.status });
  if (described) {
    card.append(el('h3', {}, el('a', { href: here({ void: record.voidId }), 'aria-label': t('void.open', { id: record.voidId }) },
      t('void.title', { id: record.voidId })), ' · ', t(`void.status.${record.status}`)),
    el('p', {}, `${facts.candidate(record.candidateId)} · ${t(`rule.${record.rule}`)} · ${t('void.votes')} ${formatNumber(record.votes)}`,
      record.alertId ? [' · ', el('a', { href: here({ alert: record.alertId }) }, t('void.alert', { id: record.alertId }))] : ''),
    el('p', {}, t('void.reasonLine', { reason: record.reason })),
    el('p', { class: 'muted' }, `${t('void.requestedBy')} ${record.requestedBy} · ${when(record.requestedAt, facts.zone)}`,
      record.confirmedBy ? ` · ${t('void.confirmedBy')} ${record.confirmedBy}` : '',
      record.restoredBy ? ` · ${t('void.restoredBy')} ${record.restoredBy}` : ''),
    record.restoreReason ? el('p', {}, t('void.restoreLine', { reason: record.restoreReason })) : '');
  }
  if (record.status === 'pending-confirmation' && record.requestedBy === me) {
    card.append(el('p', { class: 'own-pending' }, t('void.ownPending')));
  } else if (record.status === 'pending-confirmation' && !readOnly) {
    card.append(actionForm({ class: 'confirm', 'data-action': 'confirm', 'aria-label': t('void.confirm', { n: record.votes }) }, [],
      t('void.confirm', { n: formatNumber(record.votes) }),
      () => api(`${integrityPath}/voids/${encodeURIComponent(record.voidId)}/confirmation`, { method: 'POST', auth: true }),
      async (answer) => {
        announce(t('void.confirmed', { id: answer.voidId, n: formatNumber(answer.votesVoided) }));
        await reload();
      }));
  } else if (record.status === 'applied' && !readOnly) {
    const id = `restore-${record.voidId}`;
    card.append(actionForm({ class: 'restore', 'data-action': 'restore', 'aria-label': t('void.restore') },
      [reasonField(id, t('void.restoreReason.label'))], t('void.restore'),
      (form) => api(`${integrityPath}/voids/${encodeURIComponent(record.voidId)}/restoration`,
        { method: 'POST', auth: true, body: { reason: valueOf(form, 'reason') } }),
      async (answer) => {
        announce(t('void.restored', { id: answer.voidId, n: formatNumber(answer.votesRestored ?? 0) }));
        await reload();
      }));
  }
  return card;
}

/** The votes a void from the alert takes: the implicated ones for its candidate (a lockstep alert's name several). */
function voidable(alert) {
  return alert.implicated.filter((vote) => vote.candidateId === alert.candidateId).length;
}

function voidForm(alert, facts, reload) {
  const n = voidable(alert);
  return actionForm({ class: 'void-form', id: 'void-form', 'data-action': 'void', 'aria-labelledby': 'void-form-title' }, [
    el('h3', { id: 'void-form-title' }, t('void.form')),
    el('p', { id: 'four-eyes' }, t(n > facts.fourEyesAbove ? 'void.fourEyes' : 'void.direct', { n: formatNumber(n), limit: formatNumber(facts.fourEyesAbove) })),
    reasonField('void-reason', t('void.reason'))],
  t('void.submit', { n: formatNumber(n) }),
  (form) => api(`${integrityPath}/voids`, { method: 'POST', auth: true,
    body: { candidateId: alert.candidateId, alertId: alert.alertId, reason: valueOf(form, 'reason') } }),
  async (answer) => {
    announce(t(answer.status === 'applied' ? 'void.appliedNow' : 'void.requested', { id: answer.voidId,
      n: formatNumber(answer.status === 'applied' ? answer.votesVoided : answer.votes) }));
    await reload();
  });
}

function alertActions(alert, facts, reload) {
  const related = facts.voids.filter((v) => v.alertId === alert.alertId);
  const section = el('section', { id: 'actions', 'aria-labelledby': 'actions-title' }, el('h2', { id: 'actions-title' }, t('actions.title')),
    related.map((record) => voidCard(record, facts, reload)));
  if (!related.some((v) => v.status !== 'restored')) {
    if (!voidable(alert)) section.append(el('p', { class: 'empty' }, t('evidence.none')));
    else if (readOnly) section.append(el('p', { class: 'muted' }, t('audit.separation')));
    else section.append(voidForm(alert, facts, reload));
  }
  return section;
}

async function alertPage(alertId) {
  const reload = () => alertPage(alertId);
  const [known, alert] = await Promise.all([loadFacts(), api(`${integrityPath}/alerts/${encodeURIComponent(alertId)}`, { auth: true })]);
  const state = alertState(alert, known.voids);
  const heading = t('alert.heading', { rule: t(`rule.${alert.rule}`), candidate: known.candidate(alert.candidateId) });
  document.title = `${heading} · ${t('audit.title')}`;
  const rank = (key) => (FIGURE_ORDER.includes(key) ? FIGURE_ORDER.indexOf(key) : FIGURE_ORDER.length);
  const ordered = Object.entries(alert.figures).sort(([a], [b]) => rank(a) - rank(b));
  const figures = el('dl', { class: 'profile', id: 'figures' }, ordered.map(([key, value]) => [
    el('dt', {}, t(`figure.${key}`)),
    el('dd', { 'data-figure': key }, ['share', 'baselineShare'].includes(key) ? percent(value) : formatNumber(value))]).flat());
  const drawn = alert.implicated.length ? [timelineCard(alert, known.zone), networksCard(alert)] : [];
  frameOf(known, 'alerts',
    el('p', {}, el('a', { href: here({ view: 'alerts' }) }, t('audit.back'))),
    el('h2', { id: 'alert-title', 'data-alert': alert.alertId, 'data-state': state }, heading, ' ', el('span', { class: 'id' }, alert.alertId)),
    el('div', { class: 'grid-2' },
      el('section', { 'aria-labelledby': 'alert-facts' }, el('h3', { id: 'alert-facts', class: 'visually-hidden' }, t('alert.figures')),
        el('p', {}, t(`explain.${alert.rule}`)),
        el('p', {}, t('alert.severity', { severity: t(`severity.${alert.severity}`) }), ' · ',
          el('span', { id: 'alert-state' }, t('alert.state', { state: t(`state.${state}`) }))),
        el('p', {}, t('alert.window', { from: when(alert.window.opensAt, known.zone), to: when(alert.window.closesAt, known.zone), zone: known.zone })),
        el('p', { class: 'muted' }, t('alert.raised', { at: when(alert.raisedAt, known.zone) })),
        figures),
      alertActions(alert, known, reload)),
    el('h2', {}, t('evidence.title')),
    drawn.length ? el('div', { class: 'grid-2 evidence' }, drawn.map(([card]) => card)) : el('p', { class: 'empty' }, t('evidence.none')),
    alert.implicated.length ? votesList(alert, known) : '');
  drawn.forEach(([, render]) => render());
  main.dataset.ready = 'true';
}

// --- the four-eyes confirmations, the voids, one void -------------------------------------------------

function confirmationsView(facts, reload) {
  document.title = `${t('confirmations.title')} · ${t('audit.title')}`;
  const waiting = waitingForMe(facts);
  const mine = facts.voids.filter((v) => v.status === 'pending-confirmation' && v.requestedBy === me);
  frameOf(facts, 'confirmations',
    el('h2', {}, t('confirmations.title')),
    el('p', { class: 'muted' }, t('confirmations.intro', { limit: formatNumber(facts.fourEyesAbove) })),
    el('div', { id: 'waiting' }, waiting.length ? waiting.map((v) => voidCard(v, facts, reload)) : el('p', { class: 'empty' }, t('confirmations.none'))),
    el('h2', {}, t('confirmations.mine')),
    el('div', { id: 'mine' }, mine.length ? mine.map((v) => voidCard(v, facts, reload)) : el('p', { class: 'empty' }, t('confirmations.mineNone'))));
}

function voidsView(facts) {
  document.title = `${t('voids.title')} · ${t('audit.title')}`;
  frameOf(facts, 'voids',
    el('h2', {}, t('voids.title')),
    facts.voids.length
      ? table({ id: 'voids', class: 'data' }, t('voids.title'), [[t('voids.col.void')], [t('voids.col.candidate')], [t('voids.col.rule')],
        [t('voids.col.votes'), true], [t('voids.col.status')], [t('voids.col.reason')], [t('voids.col.by')]],
      facts.voids.map((v) => el('tr', { 'data-void': v.voidId, 'data-status': v.status },
        el('td', {}, el('a', { href: here({ void: v.voidId }), 'aria-label': t('void.open', { id: v.voidId }) }, v.voidId)),
        el('td', {}, facts.candidate(v.candidateId)), el('td', {}, t(`rule.${v.rule}`)), num(v.votes),
        el('td', {}, t(`void.status.${v.status}`)), el('td', {}, v.reason),
        el('td', {}, [v.requestedBy, v.confirmedBy].filter(Boolean).join(' / ')))))
      : el('p', { class: 'empty', id: 'voids' }, t('voids.none')));
}

async function voidPage(voidId) {
  const reload = () => voidPage(voidId);
  const [known, record] = await Promise.all([loadFacts(), api(`${integrityPath}/voids/${encodeURIComponent(voidId)}`, { auth: true })]);
  document.title = `${t('void.title', { id: record.voidId })} · ${t('audit.title')}`;
  const controls = voidCard(record, known, reload, { described: false });
  const row = (key, value) => (value === undefined || value === null || value === '' ? [] : [el('dt', {}, t(key)), el('dd', {}, String(value))]);
  frameOf(known, 'voids',
    el('p', {}, el('a', { href: here({ view: 'voids' }) }, t('voids.title'))),
    el('h2', { id: 'void-title', 'data-void': record.voidId, 'data-status': record.status }, t('void.title', { id: record.voidId })),
    el('p', { id: 'void-status' }, t('void.status', { status: t(`void.status.${record.status}`) })),
    el('div', { class: 'grid-2' },
      el('dl', { class: 'profile' }, [
        row('void.candidate', known.candidate(record.candidateId)), row('void.rule', t(`rule.${record.rule}`)), row('void.scope', record.scope),
        row('void.window', `${when(record.window.opensAt, known.zone)} – ${when(record.window.closesAt, known.zone)}`),
        row('void.reasonGiven', record.reason), row('void.votes', formatNumber(record.votes)), row('void.votesVoided', formatNumber(record.votesVoided)),
        row('void.requestedBy', record.requestedBy), row('void.requestedAt', when(record.requestedAt, known.zone)),
        row('void.confirmedBy', record.confirmedBy), row('void.appliedAt', when(record.appliedAt, known.zone)),
        row('void.restoredBy', record.restoredBy), row('void.restoredAt', when(record.restoredAt, known.zone)),
        row('void.restoreReason', record.restoreReason),
        record.status === 'restored' ? row('void.votesRestored', formatNumber(record.votesRestored ?? 0)) : []].flat()),
      el('section', { id: 'actions', 'aria-labelledby': 'actions-title' }, el('h3', { id: 'actions-title' }, t('actions.title')),
        controls.childElementCount ? controls : el('p', { class: 'empty' }, t('void.nothing')))),
    el('details', { class: 'data-table' }, el('summary', {}, t('void.votesTable', { n: formatNumber(record.voidedVotes.length) })),
      table({ id: 'voided-votes' }, t('void.votesTable', { n: formatNumber(record.voidedVotes.length) }),
        [[t('void.col.voter')], [t('void.col.day')]],
        record.voidedVotes.slice(0, VOTES_LISTED).map((v) => el('tr', {}, el('td', { class: 'id' }, v.voterId), el('td', {}, v.votingDay))))));
}

// --- suspensions, the audit trail, the public log ----------------------------------------------------

function suspensionsView(facts, reload) {
  document.title = `${t('suspensions.title')} · ${t('audit.title')}`;
  const suspended = [...facts.suspended].sort();
  const form = readOnly ? '' : actionForm({ class: 'card', id: 'suspend', 'data-action': 'suspend', 'aria-labelledby': 'suspend-title' }, [
    el('h3', { id: 'suspend-title' }, t('suspensions.form')),
    field('suspend-voter', t('suspensions.voter'), el('input', { id: 'suspend-voter', name: 'voterId', type: 'text', required: true,
      autocomplete: 'off', spellcheck: 'false', value: new URLSearchParams(location.search).get('voter') || '' })),
    reasonField('suspend-reason', t('suspensions.reason'))], t('suspensions.submit'),
  (form) => api(`${integrityPath}/suspensions`, { method: 'POST', auth: true,
    body: { voterId: valueOf(form, 'voterId'), reason: valueOf(form, 'reason') } }),
  async (answer) => {
    announce(t('suspensions.done', { id: answer.voterId }));
    history.replaceState(null, '', here({ view: 'suspensions' }));
    await reload();
  });
  frameOf(facts, 'suspensions',
    el('h2', {}, t('suspensions.title')),
    el('p', { class: 'muted' }, t('suspensions.intro')),
    el('div', { class: 'grid-2' },
      suspended.length
        ? el('ul', { class: 'suspended', id: 'suspended', role: 'list' }, suspended.map((voterId) => el('li', { class: 'card', 'data-voter': voterId },
          el('span', { class: 'id' }, voterId),
          readOnly ? '' : actionForm({ class: 'lift', 'data-action': 'lift', 'aria-label': t('suspensions.liftFor', { id: voterId }) }, [],
            t('suspensions.lift'),
            () => api(`${integrityPath}/suspensions/${encodeURIComponent(voterId)}`, { method: 'DELETE', auth: true }),
            async () => { announce(t('suspensions.lifted', { id: voterId })); await reload(); }))))
        : el('p', { class: 'empty', id: 'suspended' }, t('suspensions.none')),
      form));
}

async function auditView(facts) {
  document.title = `${t('audit.trail')} · ${t('audit.title')}`;
  const { actions } = await api(`${integrityPath}/audit`, { auth: true });
  frameOf(facts, 'audit',
    el('h2', {}, t('audit.trail')),
    el('p', { class: 'muted' }, t('audit.trailIntro')),
    actions.length
      ? table({ id: 'audit-trail', class: 'data' }, t('audit.trail'), [[t('audit.col.at')], [t('audit.col.actor')], [t('audit.col.action')],
        [t('audit.col.subject')], [t('audit.col.votes'), true], [t('audit.col.reason')]],
      actions.map((a) => el('tr', { 'data-action': a.action },
        el('td', {}, when(a.at, facts.zone)), el('td', {}, a.actor), el('td', {}, t(`audit.action.${a.action}`)),
        el('td', { class: 'id' }, a.subject), num(a.votes), el('td', {}, a.reason || ''))))
      : el('p', { class: 'empty', id: 'audit-trail' }, t('audit.none')));
}

/** What the public reads (stats/integrity and stats/votes, no login), in the same words as the public pages. */
async function publicView(facts) {
  document.title = `${t('public.title')} · ${t('audit.title')}`;
  const stats = `${campaignPath(campaign)}/stats`;
  const [integrity, votes] = await Promise.all([api(`${stats}/integrity`), api(`${stats}/votes`)]);
  const query = `?campaign=${encodeURIComponent(campaign)}`;
  frameOf(facts, 'public',
    el('h2', {}, t('public.title')),
    el('p', {}, t('public.intro')),
    el('p', {}, el('a', { href: `/integrity.html${query}`, id: 'public-page' }, t('public.page')), ' · ',
      el('a', { href: `/dashboard.html${query}`, id: 'public-dashboard' }, t('public.dashboard'))),
    el('p', { class: 'muted' }, t('public.asOf', { at: when(integrity.asOf, facts.zone), zone: facts.zone })),
    el('p', { id: 'voided-total' }, t('integrity.total', { n: formatNumber(integrity.votesVoided) })),
    integrity.voids.length
      ? table({ id: 'public-voids' }, t('integrity.voids'), ['integrity.col.candidate', 'integrity.col.cast', 'integrity.col.votes',
        'integrity.col.reason', 'integrity.col.status'].map((key, i) => [t(key), i === 2]),
      integrity.voids.map((v) => el('tr', { 'data-void': v.voidId, 'data-status': v.status },
        el('td', {}, facts.candidate(v.candidateId)),
        el('td', {}, v.castFrom === v.castTo ? v.castFrom : `${v.castFrom} – ${v.castTo}`),
        num(v.votesVoided), el('td', {}, v.reason), el('td', {}, t(`integrity.status.${v.status}`)))))
      : el('p', { class: 'empty', id: 'public-voids' }, t('integrity.noVoids')),
    el('h3', {}, t('public.totals')),
    table({ id: 'public-totals' }, t('public.totals'), [[t('public.col.candidate')], [t('public.col.valid'), true], [t('public.col.voided'), true]],
      votes.candidates.map((c) => el('tr', { 'data-candidate': c.candidateId },
        el('th', { scope: 'row' }, t('candidate.label', { name: c.name, id: c.candidateId })), num(c.votes), num(c.voided)))));
}

async function render(view) {
  const reload = () => render(view);
  const known = await loadFacts();
  switch (view) {
    case 'confirmations': confirmationsView(known, reload); break;
    case 'voids': voidsView(known); break;
    case 'suspensions': suspensionsView(known, reload); break;
    case 'audit': await auditView(known); break;
    case 'public': await publicView(known); break;
    default: alertsView(known);
  }
  main.dataset.ready = 'true';
}

async function show() {
  if (!main) return;
  document.body.classList.add('auditor');
  loading(main);
  try {
    if (address.get('alert')) await alertPage(address.get('alert'));
    else if (address.get('void')) await voidPage(address.get('void'));
    else await render(VIEWS.includes(address.get('view')) ? address.get('view') : 'alerts');
  } catch (error) {
    showProblem(main, error);
  }
}

show();
