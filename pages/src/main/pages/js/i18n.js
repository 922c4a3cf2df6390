// Chinese by default; English when the reader switches (kept in this browser). The API is asked in
// the same language (Accept-Language), so its problems come back as sentences the reader can read.
const STORAGE_KEY = 'gongjiang.lang';

const MESSAGES = {
  zh: {
    'site.name': '工匠评选',
    'site.skip': '跳到正文',
    'site.footer': '工匠评选投票与公示 · 数据以 CC BY 4.0 开放',
    'lang.switch': 'English',
    'lang.switchLabel': 'Switch to English',
    'login.button': '登录',
    'login.logout': '退出',
    'login.as': '已登录：{sub}',
    'login.toVote': '登录后投票',
    'login.toObject': '登录后提出异议',
    'login.required': '请先登录。',
    'login.expired': '登录已过期，请重新登录。',
    'login.failed': '登录没有完成：{reason}',
    'login.working': '正在登录……',
    'nav.campaigns': '全部评选',
    'nav.ballot': '投票',
    'nav.mine': '我的投票',
    'nav.notice': '公示',
    'nav.results': '结果',
    'nav.dashboard': '数据',
    'nav.integrity': '投票诚信',
    'nav.receipt': '查验凭证',
    'nav.docs': '接口文档',
    'campaigns.title': '工匠评选',
    'campaigns.open': '正在投票',
    'campaigns.upcoming': '即将开始',
    'campaigns.closed': '往届评选',
    'campaigns.none': '暂无评选。',
    'campaigns.window': '投票时间：{from} 至 {to}（{zone}）',
    'rules.title': '投票规则',
    'rules.perDay': '每人每天可投 {n} 票，每天对同一候选人只能投 {m} 票。',
    'rules.window': '投票时间：{from} 至 {to}，按 {zone} 时间计日。',
    'rules.integrity': '刷票的选票经审计人员核实后作废，并公开作废情况。',
    'rules.integrityLink': '了解投票诚信规则',
    'voting.notOpen': '投票尚未开始，将于 {at} 开始。',
    'voting.closed': '投票已于 {at} 结束。',
    'voting.leftToday': '今天还可投 {n} 票（共 {total} 票）。',
    'voting.loginHint': '浏览候选人无需登录；投票时请先登录。',
    'ballot.title': '候选人',
    'ballot.industry': '行业',
    'ballot.category': '类别',
    'ballot.all': '全部',
    'ballot.search': '按姓名或单位搜索',
    'ballot.count': '共 {n} 位候选人',
    'ballot.none': '没有符合条件的候选人。',
    'vote.button': '投票',
    'vote.buttonFor': '为 {name} 投票',
    'vote.done': '今日已投',
    'vote.sending': '提交中…',
    'vote.accepted': '已为 {name} 投票。今天还可投 {n} 票。',
    'vote.receipt': '投票凭证：{receipt}',
    'candidate.title': '候选人资料',
    'candidate.enterprise': '工作单位',
    'candidate.trade': '工种 / 岗位',
    'candidate.industry': '行业',
    'candidate.category': '类别',
    'candidate.region': '地区',
    'candidate.citation': '推荐事迹',
    'candidate.back': '返回候选人名单',
    'mine.title': '我今天的投票',
    'mine.none': '今天还没有投票。',
    'mine.day': '投票日：{day}（{zone}）',
    'mine.next': '下一个投票日从 {at} 开始。',
    'mine.counted': '已计入',
    'mine.voided': '已作废',
    'mine.check': '查验',
    'receipt.title': '查验投票凭证',
    'receipt.intro': '凭证可证明您的这一票已计入（或已作废），但不显示投给了谁，以免被用于买票。',
    'receipt.label': '投票凭证',
    'receipt.check': '查验',
    'receipt.counted': '这张凭证的选票已计入（投票日 {day}）。',
    'receipt.voided': '这张凭证的选票已被审计人员作废（投票日 {day}），不计入得票。',
    'integrity.title': '投票诚信公示',
    'integrity.rules': '规则',
    'integrity.escalation': '处理办法',
    'integrity.fourEyes': '一次作废超过 {n} 票时，须由另一名审计人员复核确认。',
    'integrity.fresh': '注册不满 {n} 天的新账号集中投票会被重点核查。',
    'integrity.noVoids': '目前没有作废的选票。',
    'integrity.voids': '已作废的选票',
    'integrity.total': '共作废 {n} 票。',
    'integrity.col.candidate': '候选人',
    'integrity.col.cast': '投出时间',
    'integrity.col.votes': '作废票数',
    'integrity.col.reason': '理由',
    'integrity.col.status': '状态',
    'integrity.status.applied': '已作废',
    'integrity.status.restored': '已恢复',
    'integrity.status.pending-confirmation': '待复核',
    'notice.title': '媒体公示',
    'notice.rules': '公示期间，任何人登录后都可对公示人选提出异议（1–1000 字），评审办公室逐条核实处理；同一人对同一人选只能有一条未处理的异议。',
    'notice.period': '公示期：{from} 至 {to}',
    'notice.none': '目前没有正在公示的人选。',
    'notice.objection': '提出异议',
    'notice.objectionLabel': '对 {name} 的异议（1–1000 字）',
    'notice.submit': '提交异议',
    'notice.filed': '异议已提交（编号 {id}），评审办公室将核实处理。',
    'results.title': '评选结果',
    'results.pending': '获奖名单尚未公布。',
    'results.votingOpen': '投票仍在进行中，结果将在投票结束并经评审后公布。',
    'results.ranking': '候选人得票（有效票与作废票）',
    'results.col.rank': '名次',
    'results.col.name': '候选人',
    'results.col.valid': '有效票',
    'results.col.voided': '作废票',
    'results.col.tier': '命名等级',
    'results.csv': '下载 CSV',
    'results.totals': '有效票共 {valid} 票，作废 {voided} 票。',
    'results.json': 'JSON',
    'common.loading': '加载中……',
    'common.error': '出错了：{detail}',
    'common.network': '网络连接失败，请检查网络后重试。',
    'common.retry': '重试',
    'common.campaignMissing': '缺少评选编号（地址中的 campaign 参数）。'
  },
  en: {
    'site.name': 'Craftsman selection',
    'site.skip': 'Skip to content',
    'site.footer': 'Craftsman selection: voting and public notice · open data under CC BY 4.0',
    'lang.switch': '中文',
    'lang.switchLabel': '切换到中文',
    'login.button': 'Log in',
    'login.logout': 'Log out',
    'login.as': 'Logged in: {sub}',
    'login.toVote': 'Log in to vote',
    'login.toObject': 'Log in to object',
    'login.required': 'Please log in first.',
    'login.expired': 'Your login has expired; please log in again.',
    'login.failed': 'The login did not complete: {reason}',
    'login.working': 'Logging in…',
    'nav.campaigns': 'All campaigns',
    'nav.ballot': 'Vote',
    'nav.mine': 'My votes',
    'nav.notice': 'Notice',
    'nav.results': 'Results',
    'nav.dashboard': 'Data',
    'nav.integrity': 'Integrity',
    'nav.receipt': 'Check a receipt',
    'nav.docs': 'API reference',
    'campaigns.title': 'Craftsman selections',
    'campaigns.open': 'Voting now',
    'campaigns.upcoming': 'Coming up',
    'campaigns.closed': 'Earlier editions',
    'campaigns.none': 'No campaigns yet.',
    'campaigns.window': 'Voting: {from} to {to} ({zone})',
    'rules.title': 'Voting rules',
    'rules.perDay': 'Each person has {n} votes a day and may vote for the same candidate {m} time(s) a day.',
    'rules.window': 'Voting runs from {from} to {to}; days are counted in {zone} time.',
    'rules.integrity': 'Bought votes are voided once auditors have verified them, and the voids are published.',
    'rules.integrityLink': 'About vote integrity',
    'voting.notOpen': 'Voting has not opened yet; it opens {at}.',
    'voting.closed': 'Voting closed {at}.',
    'voting.leftToday': '{n} of your {total} votes left today.',
    'voting.loginHint': 'Anyone may browse the candidates; log in to vote.',
    'ballot.title': 'Candidates',
    'ballot.industry': 'Industry',
    'ballot.category': 'Category',
    'ballot.all': 'All',
    'ballot.search': 'Search by name or employer',
    'ballot.count': '{n} candidates',
    'ballot.none': 'No candidate matches.',
    'vote.button': 'Vote',
    'vote.buttonFor': 'Vote for {name}',
    'vote.done': 'Voted today',
    'vote.sending': 'Sending…',
    'vote.accepted': 'Your vote for {name} is in. {n} votes left today.',
    'vote.receipt': 'Receipt: {receipt}',
    'candidate.title': 'Candidate',
    'candidate.enterprise': 'Employer',
    'candidate.trade': 'Trade',
    'candidate.industry': 'Industry',
    'candidate.category': 'Category',
    'candidate.region': 'Region',
    'candidate.citation': 'Citation',
    'candidate.back': 'Back to the candidates',
    'mine.title': 'My votes today',
    'mine.none': 'No votes today yet.',
    'mine.day': 'Voting day: {day} ({zone})',
    'mine.next': 'The next voting day starts {at}.',
    'mine.counted': 'counted',
    'mine.voided': 'voided',
    'mine.check': 'Check',
    'receipt.title': 'Check a vote receipt',
    'receipt.intro': 'A receipt proves that your vote is counted (or voided), and does not show whom it was for, so it cannot be used to sell votes.',
    'receipt.label': 'Receipt',
    'receipt.check': 'Check',
    'receipt.counted': 'The vote of this receipt is counted (voting day {day}).',
    'receipt.voided': 'The vote of this receipt was voided by the auditors (voting day {day}) and is not counted.',
    'integrity.title': 'Vote integrity',
    'integrity.rules': 'Rules',
    'integrity.escalation': 'What happens',
    'integrity.fourEyes': 'Voiding more than {n} votes at once needs a second auditor’s confirmation.',
    'integrity.fresh': 'Votes concentrated from accounts younger than {n} days are looked at closely.',
    'integrity.noVoids': 'No vote has been voided.',
    'integrity.voids': 'Voided votes',
    'integrity.total': '{n} votes voided in all.',
    'integrity.col.candidate': 'Candidate',
    'integrity.col.cast': 'Cast',
    'integrity.col.votes': 'Votes voided',
    'integrity.col.reason': 'Reason',
    'integrity.col.status': 'Status',
    'integrity.status.applied': 'voided',
    'integrity.status.restored': 'restored',
    'integrity.status.pending-confirmation': 'awaiting confirmation',
    'notice.title': 'Public notice',
    'notice.rules': 'While a notice runs, anyone logged in may object to a nominee (1-1,000 characters); the review office checks and answers each objection. One open objection per person per nominee.',
    'notice.period': 'On notice: {from} to {to}',
    'notice.none': 'Nobody is on notice now.',
    'notice.objection': 'Object',
    'notice.objectionLabel': 'Your objection to {name} (1-1,000 characters)',
    'notice.submit': 'Send the objection',
    'notice.filed': 'Objection sent (number {id}); the review office will look into it.',
    'results.title': 'Results',
    'results.pending': 'The winners have not been named yet.',
    'results.votingOpen': 'Voting is still open; results follow its close and the review.',
    'results.ranking': 'Votes per finalist (valid and voided)',
    'results.col.rank': 'Rank',
    'results.col.name': 'Finalist',
    'results.col.valid': 'Valid votes',
    'results.col.voided': 'Voided',
    'results.col.tier': 'Tier',
    'results.csv': 'Download CSV',
    'results.totals': '{valid} valid votes in all; {voided} voided.',
    'results.json': 'JSON',
    'common.loading': 'Loading…',
    'common.error': 'Something went wrong: {detail}',
    'common.network': 'The network is unreachable; check your connection and try again.',
    'common.retry': 'Try again',
    'common.campaignMissing': 'The address lacks the campaign (its campaign parameter).'
  }
};

export function language() {
  const chosen = localStorage.getItem(STORAGE_KEY);
  return chosen === 'en' ? 'en' : 'zh';
}

export function setLanguage(lang) {
  localStorage.setItem(STORAGE_KEY, lang === 'en' ? 'en' : 'zh');
}

/** The API's Accept-Language for the reader's language. */
export function acceptLanguage() {
  return language() === 'en' ? 'en' : 'zh-CN';
}

export function t(key, params = {}) {
  const text = MESSAGES[language()][key] ?? MESSAGES.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** A {zh, en} text from the API in the reader's language. */
export function localized(text) {
  if (!text) return '';
  if (typeof text === 'string') return text;
  return text[language()] ?? text.zh ?? text.en ?? '';
}

/** An instant in the campaign's time zone, e.g. 2026-12-01 20:00. */
export function formatInstant(iso, timeZone) {
  if (!iso) return '';
  const date = new Date(iso);
  const parts = new Intl.DateTimeFormat(language() === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: timeZone || 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hour12: false
  }).formatToParts(date);
  const get = (type) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

export function formatNumber(n) {
  return new Intl.NumberFormat(language() === 'en' ? 'en-GB' : 'zh-CN').format(n);
}

/** Sets the text of every element with data-i18n (static words in the HTML). */
export function translateStatic(root = document) {
  document.documentElement.lang = language() === 'en' ? 'en' : 'zh-CN';
  root.querySelectorAll('[data-i18n]').forEach((element) => {
    element.textContent = t(element.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((element) => {
    element.placeholder = t(element.dataset.i18nPlaceholder);
  });
  root.querySelectorAll('[data-i18n-title]').forEach((element) => {
    document.title = `${t(element.dataset.i18nTitle)} · ${t('site.name')}`;
  });
}
