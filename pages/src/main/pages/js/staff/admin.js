// The campaign administrator's workspace (活动管理): the campaigns, a new one, and a campaign's whole
// configuration as a form (lists as repeatable rows). The API checks it: every problem it answers is
// shown at its field, and the rules the campaign's progress already binds (the admin GET's `locked`,
// the same list the API refuses changes from) are shown locked with the reason in words.
import { api } from '../api.js';
import { addMessages, formatInstant, localized, t } from '../i18n.js';
import { el, loading, showProblem } from '../layout.js';
import { campaignId, workspace } from './workspace.js';

addMessages({
  'admin.title': '活动管理',
  'admin.campaigns': '评选活动',
  'admin.noCampaigns': '还没有评选活动。',
  'admin.new': '新建评选活动',
  'admin.configure': '配置',
  'admin.voting': '投票：{from} 至 {to}',
  'admin.state.before': '投票未开始',
  'admin.state.open': '投票中',
  'admin.state.closed': '投票已结束',
  'admin.current': '（正在查看）',
  'admin.newTitle': '新建评选活动',
  'admin.editTitle': '活动配置：{name}',
  'admin.progress': '第 {version} 版 · 已提交提名 {nominations} 份 · 专家评分 {scores} 份 · 已命名 {named} 位',
  'admin.lockedBanner': '有 {n} 项规则已经约束了提名、评分或投票，显示为“已锁定”，不能再改；其余各项仍可修改。',
  'admin.locked': '已锁定',
  'admin.lockedReason': '已锁定：{reason}',
  'admin.quotaOnlyUp': '只能增加：{reason}',
  'admin.create': '创建活动',
  'admin.save': '保存修改',
  'admin.saving': '保存中……',
  'admin.created': '活动“{id}”已创建（第 1 版）。',
  'admin.saved': '已保存，现为第 {version} 版。',
  'admin.reload': '重新读取活动',
  'admin.problemsBelow': '以下各项需要修改：',
  'admin.lockedRefused': '这项规则已生效，不能修改。',
  'admin.add': '添加',
  'admin.remove': '删除',
  'admin.row': '{what} {n}',
  'admin.sum': '合计：{sum}（须为 1）',
  'admin.defaultHint': '留空则采用默认值。',
  'admin.idHint': '留空则自动生成。',
  'admin.zoneHint': '以下时间均按活动时区（{zone}）填写。',
  's.basics': '基本信息',
  's.schedule': '时间安排',
  's.voteRules': '投票规则',
  's.categories': '类别与资格条件',
  's.industries': '行业',
  's.tiers': '命名等级',
  's.criteria': '评审标准权重',
  's.ranking': '综合排名权重',
  's.quotas': '名额、公开数据与保存期限',
  's.integrity': '投票诚信规则',
  's.burst': '票数突增',
  's.network': '同一网络集中投票',
  's.fresh': '新注册或未认证账号',
  's.lockstep': '步调一致的投票',
  's.escalation': '对刷票的处理（公布的规则）',
  's.unverifiedLevels': '视为未认证的认证等级',
  'item.category': '类别',
  'item.industry': '行业',
  'item.tier': '等级',
  'item.level': '等级',
  'f.campaignId': '活动编号（3 到 40 个小写字母、数字或 -）',
  'f.nameZh': '中文名称',
  'f.nameEn': '英文名称',
  'f.timeZone': '时区',
  'f.nominationOpens': '推荐开始',
  'f.nominationCloses': '推荐截止',
  'f.publicNotice': '公示期',
  'f.noticeUnit': '公示期单位',
  'f.days': '天',
  'f.hours': '小时',
  'f.votingOpens': '投票开始',
  'f.votingCloses': '投票截止',
  'f.perVoterPerDay': '每人每天可投票数（1 到 20）',
  'f.perCandidate': '每人每天对同一候选人只能投 1 票（固定）。',
  'f.code': '代码（小写字母开头）',
  'f.minYearsInTrade': '最少从业年限',
  'f.minAge': '最小年龄',
  'f.maxAge': '最大年龄',
  'f.foreignPermanentResident': '须为外国人永久居留身份证持有人（国际工匠）',
  'f.vocationalStudent': '须为职业院校学生（雏鹰工匠）',
  'f.weight': '{criterion}的权重',
  'f.expertWeight': '专家评分权重',
  'f.voteWeight': '公众投票权重',
  'f.enterpriseQuota': '每个单位可推荐人数',
  'f.disclosureThreshold': '公开统计的最小人数（少于此数的格子不公开）',
  'f.retentionDays': '投票结束后个人信息保存天数',
  'f.accountClaim': '账号年龄或认证等级所在的令牌声明（可不填）',
  'f.freshAccountDays': '注册不满多少天算新账号',
  'f.fourEyesAbove': '一次作废超过多少票须第二位审计人员确认',
  'f.enabled': '启用',
  'f.minVotes': '最少票数',
  'f.factor': '倍数',
  'f.networkVotes': '单个网络的最少票数',
  'f.share': '占比（0 到 1）',
  'f.baselineFactor': '相对其他候选人的倍数',
  'f.minVoters': '最少投票人数',
  'f.sequence': '相同顺序的票数',
  'f.escalationZh': '中文说明',
  'f.escalationEn': '英文说明',
  'f.level': '认证等级名称',
  'criterion.craftExpertise': '工艺专长',
  'criterion.superbSkill': '高超技能',
  'criterion.leadingRole': '领军作用',
  'criterion.outstandingContribution': '突出贡献'
}, {
  'admin.title': 'Campaign administration',
  'admin.campaigns': 'Campaigns',
  'admin.noCampaigns': 'No campaign yet.',
  'admin.new': 'New campaign',
  'admin.configure': 'Configure',
  'admin.voting': 'Voting: {from} to {to}',
  'admin.state.before': 'voting not open yet',
  'admin.state.open': 'voting open',
  'admin.state.closed': 'voting closed',
  'admin.current': '(shown below)',
  'admin.newTitle': 'New campaign',
  'admin.editTitle': 'Configuration: {name}',
  'admin.progress': 'Version {version} · {nominations} nomination(s) submitted · {scores} expert score(s) · {named} named',
  'admin.lockedBanner': '{n} rule(s) already bind nominations, scores or votes: they are shown locked and cannot change; everything else still may.',
  'admin.locked': 'Locked',
  'admin.lockedReason': 'Locked: {reason}',
  'admin.quotaOnlyUp': 'May only rise: {reason}',
  'admin.create': 'Create the campaign',
  'admin.save': 'Save the changes',
  'admin.saving': 'Saving…',
  'admin.created': 'Campaign "{id}" created (version 1).',
  'admin.saved': 'Saved: this is version {version} now.',
  'admin.reload': 'Read the campaign again',
  'admin.problemsBelow': 'These need changing:',
  'admin.lockedRefused': 'This rule is in force and cannot change.',
  'admin.add': 'Add',
  'admin.remove': 'Remove',
  'admin.row': '{what} {n}',
  'admin.sum': 'Sum: {sum} (must be 1)',
  'admin.defaultHint': 'Leave empty for the default.',
  'admin.idHint': 'Leave empty for a generated one.',
  'admin.zoneHint': 'Times below are in the campaign’s time zone ({zone}).',
  's.basics': 'Basics',
  's.schedule': 'Schedule',
  's.voteRules': 'Vote rules',
  's.categories': 'Categories and eligibility',
  's.industries': 'Industries',
  's.tiers': 'Tiers',
  's.criteria': 'Weights of the review criteria',
  's.ranking': 'Weights of the ranking',
  's.quotas': 'Quota, open data and retention',
  's.integrity': 'Vote integrity rules',
  's.burst': 'Bursts of votes',
  's.network': 'One network voting together',
  's.fresh': 'New or unverified accounts',
  's.lockstep': 'Votes in lockstep',
  's.escalation': 'What happens to bought votes (published)',
  's.unverifiedLevels': 'Verification levels counted as unverified',
  'item.category': 'Category',
  'item.industry': 'Industry',
  'item.tier': 'Tier',
  'item.level': 'Level',
  'f.campaignId': 'Campaign id (3-40 lower-case letters, digits or -)',
  'f.nameZh': 'Name in Chinese',
  'f.nameEn': 'Name in English',
  'f.timeZone': 'Time zone',
  'f.nominationOpens': 'Nominations open',
  'f.nominationCloses': 'Nominations close',
  'f.publicNotice': 'Public notice',
  'f.noticeUnit': 'Unit of the public notice',
  'f.days': 'days',
  'f.hours': 'hours',
  'f.votingOpens': 'Voting opens',
  'f.votingCloses': 'Voting closes',
  'f.perVoterPerDay': 'Votes per voter per day (1 to 20)',
  'f.perCandidate': 'A voter may vote for a candidate once a day (fixed).',
  'f.code': 'Code (starting with a lower-case letter)',
  'f.minYearsInTrade': 'Minimum years in the trade',
  'f.minAge': 'Minimum age',
  'f.maxAge': 'Maximum age',
  'f.foreignPermanentResident': 'Holders of a foreign permanent resident ID only (international craftsmen)',
  'f.vocationalStudent': 'Vocational-school students only (young eagles)',
  'f.weight': 'Weight of {criterion}',
  'f.expertWeight': 'Weight of the expert score',
  'f.voteWeight': 'Weight of the public vote',
  'f.enterpriseQuota': 'Nominations per enterprise',
  'f.disclosureThreshold': 'Smallest count of people published (smaller cells are suppressed)',
  'f.retentionDays': 'Days personal data is kept after the vote closes',
  'f.accountClaim': 'Token claim with the account’s age or verification level (optional)',
  'f.freshAccountDays': 'An account is new for this many days',
  'f.fourEyesAbove': 'Voiding more votes than this needs a second auditor',
  'f.enabled': 'On',
  'f.minVotes': 'Minimum votes',
  'f.factor': 'Factor',
  'f.networkVotes': 'Minimum votes from one network',
  'f.share': 'Share (0 to 1)',
  'f.baselineFactor': 'Factor over the other candidates',
  'f.minVoters': 'Minimum voters',
  'f.sequence': 'Votes in the same order',
  'f.escalationZh': 'In Chinese',
  'f.escalationEn': 'In English',
  'f.level': 'Level name',
  'criterion.craftExpertise': 'Craft expertise',
  'criterion.superbSkill': 'Superb skill',
  'criterion.leadingRole': 'Leading role',
  'criterion.outstandingContribution': 'Outstanding contribution'
});

const CRITERIA = ['craftExpertise', 'superbSkill', 'leadingRole', 'outstandingContribution'];
const ADMIN = '/v1/admin/campaigns';

// a new campaign's form starts from these; the integrity watch's figures are the API's defaults
function blankConfiguration() {
  const day = 24 * 3600 * 1000;
  const at = (days, hour) => {
    const date = new Date(Date.now() + days * day);
    return `${date.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00:00+08:00`;
  };
  return {
    name: { zh: '', en: '' },
    timeZone: 'Asia/Shanghai',
    nominationWindow: { opensAt: at(1, 9), closesAt: at(31, 17) },
    publicNotice: 'P7D',
    votingWindow: { opensAt: at(45, 9), closesAt: at(60, 21) },
    voteRules: { perVoterPerDay: 5, perCandidatePerDay: 1 },
    categories: [{ code: '', name: { zh: '', en: '' }, eligibility: { minYearsInTrade: 0, minAge: 16, maxAge: 100 } }],
    industries: [{ code: '', name: { zh: '', en: '' } }],
    tiers: [{ code: '', name: { zh: '', en: '' } }],
    criteria: CRITERIA.map((code) => ({ code, weight: 0.25 })),
    ranking: { expertWeight: 0.7, voteWeight: 0.3 },
    enterpriseQuota: 3,
    disclosureThreshold: 5,
    retentionDays: 180,
    integrity: {
      freshAccountDays: 7, unverifiedLevels: ['unverified'], fourEyesAbove: 100,
      burst: { enabled: true, minVotes: 30, factor: 4, networkVotes: 3 },
      networkConcentration: { enabled: true, minVotes: 20, share: 0.9 },
      freshAccounts: { enabled: true, minVotes: 10, share: 0.2, baselineFactor: 5 },
      lockstep: { enabled: true, minVoters: 20, sequence: 3 }
    },
    locked: []
  };
}

// ---- times: the form shows and takes them in the campaign's time zone, the API wants ISO with an offset

function zoneParts(date, zone) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit'
  }).formatToParts(date);
  const get = (type) => parts.find((p) => p.type === type).value;
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

function validZone(zone) {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch (e) {
    return false;
  }
}

function isoToLocal(iso, zone) {
  if (!iso || !validZone(zone)) return '';
  const p = zoneParts(new Date(iso), zone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

function offsetMinutes(epoch, zone) {
  const p = zoneParts(new Date(epoch), zone);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - Math.floor(epoch / 1000) * 1000) / 60000);
}

function localToIso(local, zone) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(local || '');
  if (!m || !validZone(zone)) return local || undefined;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] || 0));
  let offset = offsetMinutes(wall, zone);
  const second = offsetMinutes(wall - offset * 60000, zone);
  if (second !== offset) offset = second;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] || '00'}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A time whose seconds are not 0 shows them, so that it goes back unchanged; the others show minutes. */
function timeOptions(iso) {
  return { iso, seconds: Boolean(iso) && new Date(iso).getUTCSeconds() !== 0 };
}

function sameSecond(a, b) {
  return Math.floor(Date.parse(a) / 1000) === Math.floor(Date.parse(b) / 1000);
}

// ---- the form's controls: each carries the JSON pointer the API names it by

let uid = 0;

function idFor(pointer) {
  return `f${pointer.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** A labelled control for the member at `pointer`: kind text, int, number, bool, datetime, textarea, select. */
function control(pointer, label, kind, value, options = {}) {
  const id = idFor(pointer);
  const attributes = { id, 'data-pointer': pointer, 'data-kind': kind, 'data-label': label };
  let input;
  if (kind === 'bool') {
    input = el('input', { ...attributes, type: 'checkbox' });
    input.checked = Boolean(value);
  } else if (kind === 'textarea') {
    input = el('textarea', { ...attributes, rows: 3 });
    input.value = value ?? '';
  } else if (kind === 'select') {
    input = el('select', attributes, options.choices.map(([v, text]) => el('option', { value: v }, text)));
    input.value = value ?? '';
  } else {
    input = el('input', {
      ...attributes,
      type: kind === 'datetime' ? 'datetime-local' : kind === 'int' || kind === 'number' ? 'number' : 'text',
      step: kind === 'datetime' ? (options.seconds ? 1 : undefined) : kind === 'int' ? 1 : kind === 'number' ? 'any' : undefined,
      inputmode: kind === 'int' ? 'numeric' : kind === 'number' ? 'decimal' : undefined,
      autocomplete: 'off', spellcheck: kind === 'text' ? 'false' : undefined
    });
    input.value = value === undefined || value === null ? '' : String(value);
  }
  if (kind === 'datetime') input.dataset.original = options.iso || '';
  if (options.placeholder) input.placeholder = options.placeholder;
  const error = el('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const hint = options.hint ? el('p', { class: 'hint muted', id: `${id}-hint` }, options.hint) : null;
  if (hint) input.setAttribute('aria-describedby', hint.id);
  const labelElement = el('label', { for: id }, label);
  const wrapper = kind === 'bool'
    ? el('div', { class: 'field check', 'data-field': pointer }, input, ' ', labelElement, hint, error)
    : el('div', { class: 'field', 'data-field': pointer }, labelElement, input, hint, error);
  return wrapper;
}

function hidden(pointer, kind, value) {
  return el('input', { type: 'hidden', 'data-pointer': pointer, 'data-kind': kind, value: String(value) });
}

function setAt(target, pointer, value) {
  const parts = pointer.split('/').slice(1);
  let node = target;
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    const key = /^\d+$/.test(part) ? Number(part) : part;
    if (last) {
      node[key] = value;
    } else {
      if (node[key] === undefined) node[key] = /^\d+$/.test(parts[i + 1]) ? [] : {};
      node = node[key];
    }
  });
}

function number(text) {
  const n = Number(text);
  return text !== '' && Number.isFinite(n) ? n : text;
}

/** The configuration the form holds now, as the API takes it (blank members left out: the API says which it needs). */
function collect(form, prefix = '') {
  const body = {};
  // every list and row is sent even when blank, so that the API names what each row lacks
  form.querySelectorAll('[data-list]').forEach((list) => {
    if (list.dataset.list.startsWith(prefix)) setAt(body, list.dataset.list, []);
  });
  form.querySelectorAll('[data-row]').forEach((row) => {
    if (row.dataset.row.startsWith(prefix)) setAt(body, row.dataset.row, row.dataset.rowKind === 'string' ? '' : {});
  });
  const zone = form.querySelector('[data-pointer="/timeZone"]')?.value || 'Asia/Shanghai';
  form.querySelectorAll('[data-pointer]').forEach((input) => {
    const pointer = input.dataset.pointer;
    if (!pointer.startsWith(prefix)) return;
    const kind = input.dataset.kind;
    let value;
    if (kind === 'bool') value = input.checked;
    else if (kind === 'int' || kind === 'number') value = input.value.trim() === '' ? undefined : number(input.value.trim());
    else if (kind === 'datetime') {
      if (input.value === '') value = undefined;
      else {
        const iso = localToIso(input.value, zone);
        value = input.dataset.original && sameSecond(iso, input.dataset.original) ? input.dataset.original : iso;
      }
    } else if (kind === 'notice') {
      const n = input.value.trim();
      const unit = form.querySelector('[data-notice-unit]').value;
      value = n === '' ? undefined : unit === 'H' ? `PT${n}H` : `P${n}D`;
    } else {
      value = input.value.trim() === '' ? undefined : input.value.trim();
    }
    if (value !== undefined) setAt(body, pointer, value);
    else if (/\/name\/(zh|en)$/.test(pointer)) {
      const parent = pointer.replace(/\/(zh|en)$/, '');
      if (parent.split('/').slice(1).reduce((node, key) => node?.[key], body) === undefined) setAt(body, parent, {});
    }
  });
  return body;
}

function noticeParts(duration) {
  const days = /^P(\d+)D$/.exec(duration || '');
  if (days) return [days[1], 'D'];
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(duration || '');
  if (m) {
    const hours = Number(m[1] || 0) + Number(m[2] || 0) / 60 + Number(m[3] || 0) / 3600;
    return [String(Math.round(hours * 100) / 100), 'H'];
  }
  return ['7', 'D'];
}

function fieldset(title, attributes, ...children) {
  return el('fieldset', attributes, el('legend', {}, title), ...children);
}

// ---- repeatable rows

function categoryRow(item, i) {
  const p = `/categories/${i}`;
  const e = item.eligibility || {};
  return [
    el('div', { class: 'grid-3' },
      control(`${p}/code`, t('f.code'), 'text', item.code),
      control(`${p}/name/zh`, t('f.nameZh'), 'text', item.name?.zh),
      control(`${p}/name/en`, t('f.nameEn'), 'text', item.name?.en),
      control(`${p}/eligibility/minYearsInTrade`, t('f.minYearsInTrade'), 'int', e.minYearsInTrade),
      control(`${p}/eligibility/minAge`, t('f.minAge'), 'int', e.minAge),
      control(`${p}/eligibility/maxAge`, t('f.maxAge'), 'int', e.maxAge)),
    control(`${p}/eligibility/foreignPermanentResident`, t('f.foreignPermanentResident'), 'bool', e.foreignPermanentResident),
    control(`${p}/eligibility/vocationalStudent`, t('f.vocationalStudent'), 'bool', e.vocationalStudent)
  ];
}

function labelRow(list) {
  return (item, i) => [el('div', { class: 'grid-3' },
    control(`/${list}/${i}/code`, t('f.code'), 'text', item.code),
    control(`/${list}/${i}/name/zh`, t('f.nameZh'), 'text', item.name?.zh),
    control(`/${list}/${i}/name/en`, t('f.nameEn'), 'text', item.name?.en))];
}

function levelRow(level, i) {
  return [control(`/integrity/unverifiedLevels/${i}`, t('f.level'), 'text', level)];
}

/** A list of rows (`/categories`, ...): each row its own group with a remove button, and an add button. */
function rows(form, pointer, title, what, items, drawRow, blank) {
  const section = fieldset(title, { 'data-list': pointer, 'data-lock': pointer, id: idFor(pointer) });
  const message = el('p', { class: 'field-error', id: `${idFor(pointer)}-error`, hidden: true });
  const body = el('div', { class: 'rows' });
  function draw(list) {
    body.replaceChildren(...list.map((item, i) => {
      const name = t('admin.row', { what, n: i + 1 });
      const remove = el('button', { type: 'button', class: 'secondary small', 'data-remove': `${pointer}/${i}`, 'aria-label': `${t('admin.remove')} ${name}` },
        t('admin.remove'));
      remove.addEventListener('click', () => {
        const current = valuesOf();
        current.splice(i, 1);
        draw(current);
      });
      return el('fieldset', { class: 'row-item', 'data-row': `${pointer}/${i}`, 'data-row-kind': typeof blank === 'string' ? 'string' : 'object' },
        el('legend', {}, name), el('div', { class: 'row-body' }, el('div', {}, drawRow(item, i)), el('div', { class: 'row-actions' }, remove)));
    }));
  }
  function valuesOf() {
    const value = pointer.split('/').slice(1).reduce((node, key) => node?.[key], collect(form, pointer));
    return Array.isArray(value) ? value.map((v) => (v === undefined ? (typeof blank === 'string' ? '' : structuredClone(blank)) : v)) : [];
  }
  const add = el('button', { type: 'button', class: 'secondary small', 'data-add': pointer }, `${t('admin.add')}${what}`);
  add.addEventListener('click', () => {
    const current = valuesOf();
    current.push(structuredClone(blank));
    draw(current);
    const inputs = body.querySelectorAll('.row-item:last-child [data-pointer]');
    if (inputs.length) inputs[0].focus();
  });
  draw(items);
  section.append(message, body, el('div', { class: 'actions' }, add));
  return section;
}

// ---- problems at their fields

function clearProblems(form) {
  form.querySelectorAll('.field-error').forEach((p) => { p.textContent = ''; p.hidden = true; });
  form.querySelectorAll('[aria-invalid]').forEach((input) => {
    input.removeAttribute('aria-invalid');
    const rest = (input.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && !id.endsWith('-error'));
    if (rest.length) input.setAttribute('aria-describedby', rest.join(' '));
    else input.removeAttribute('aria-describedby');
  });
}

function markInvalid(input, messageId) {
  input.setAttribute('aria-invalid', 'true');
  const ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
  if (!ids.includes(messageId)) ids.push(messageId);
  input.setAttribute('aria-describedby', ids.join(' '));
}

function say(messageElement, text) {
  messageElement.textContent = messageElement.textContent ? `${messageElement.textContent} ${text}` : text;
  messageElement.hidden = false;
}

/**
 * Shows one field error of the API where it belongs: at the control of its pointer; a group's problem
 * (weights that do not sum to 1, a list's size) at the group, marking the group's number fields; one of
 * an inner member at the first control inside it. Answers the control it marked, or null.
 */
function showAt(form, pointer, message) {
  if (!pointer) return null;
  const exact = form.querySelector(`[data-pointer="${CSS.escape(pointer)}"]:not([type=hidden])`);
  if (exact) {
    const error = document.getElementById(`${exact.id}-error`);
    say(error, message);
    markInvalid(exact, error.id);
    return exact;
  }
  const group = form.querySelector(`[data-group="${CSS.escape(pointer)}"], [data-list="${CSS.escape(pointer)}"]`);
  if (group) {
    const error = document.getElementById(`${group.id}-error`);
    say(error, message);
    const marked = [...group.querySelectorAll(group.dataset.marks || '[data-pointer]:not([type=hidden])')];
    if (group.dataset.marks) marked.forEach((input) => markInvalid(input, error.id));
    return marked[0] || group.querySelector('button, [data-pointer]:not([type=hidden])');
  }
  const inner = form.querySelector(`[data-pointer^="${CSS.escape(`${pointer}/`)}"]:not([type=hidden])`);
  if (inner) return showAt(form, inner.dataset.pointer, message);
  const parent = pointer.replace(/\/[^/]*$/, '');
  return parent && parent !== pointer ? showAt(form, parent, message) : null;
}

/** How the summary names a problem's place: a group by its legend, a field by its row's legend and its label. */
function where(form, pointer, input) {
  const group = pointer && form.querySelector(`[data-group="${CSS.escape(pointer)}"], [data-list="${CSS.escape(pointer)}"]`);
  if (group) return group.querySelector(':scope > legend').textContent;
  const row = input.closest('.row-item');
  const label = input.dataset.label || '';
  return row ? `${row.querySelector(':scope > legend').textContent} · ${label}` : label;
}

const LOCK_POINTERS = (field) => `/${field.replace(/\./g, '/')}`;

function showProblems(form, summary, error) {
  clearProblems(form);
  const problem = error.problem || {};
  const items = [];
  const list = Array.isArray(problem.errors) ? problem.errors : [];
  list.forEach((fieldError) => {
    const input = showAt(form, fieldError.pointer ?? '', fieldError.message);
    const label = input && where(form, fieldError.pointer ?? '', input);
    items.push(el('li', {}, input && input.id
      ? el('a', { href: `#${input.id}` }, label ? `${label}：${fieldError.message}` : fieldError.message)
      : fieldError.message));
  });
  (problem.lockedFields || []).forEach((field) => {
    const input = showAt(form, LOCK_POINTERS(field), t('admin.lockedRefused'));
    if (input && input.id) items.push(el('li', {}, el('a', { href: `#${input.id}` }, `${where(form, LOCK_POINTERS(field), input)}：${t('admin.lockedRefused')}`)));
  });
  summary.replaceChildren(el('div', { class: 'problem', role: 'alert', id: 'problem' },
    el('p', { id: 'problem-sentence' }, error.sentence || error.message),
    items.length ? el('p', {}, t('admin.problemsBelow')) : null,
    items.length ? el('ul', { id: 'problem-list' }, items) : null));
  if (problem.type && problem.type.endsWith('concurrent-update')) {
    summary.firstChild.append(el('p', {}, el('button', { type: 'button', class: 'secondary', onclick: () => location.reload() }, t('admin.reload'))));
  }
  summary.focus();
}

// ---- locks: the admin GET says which rules bind and why

function showLocks(form, locks) {
  locks.forEach((lock) => {
    const pointer = LOCK_POINTERS(lock.field);
    const reason = localized(lock.reason);
    const target = form.querySelector(`[data-lock="${CSS.escape(pointer)}"]`)
      || form.querySelector(`[data-field="${CSS.escape(pointer)}"]`);
    if (!target) return;
    const noteId = `${idFor(pointer)}-locked`;
    const note = el('p', { class: 'locked-note', id: noteId, 'data-locked': lock.field },
      el('span', { class: 'lock-badge' }, t('admin.locked')), ' ',
      lock.refuses === 'a-lower-value' ? t('admin.quotaOnlyUp', { reason }) : reason);
    const inputs = target.matches('[data-pointer]') ? [target] : [...target.querySelectorAll('[data-pointer]:not([type=hidden])')];
    if (lock.refuses === 'a-lower-value') {
      inputs.forEach((input) => { input.min = input.value; });
    } else if (target.tagName === 'FIELDSET') {
      target.disabled = true;
      target.classList.add('locked');
      // a locked list keeps its rows: removing one is not offered
      target.querySelectorAll('[data-remove]').forEach((button) => { button.hidden = true; });
    } else {
      inputs.forEach((input) => { input.disabled = true; });
      target.classList.add('locked');
    }
    inputs.forEach((input) => {
      const ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      input.setAttribute('aria-describedby', [noteId, ...ids].join(' '));
    });
    const legend = target.tagName === 'FIELDSET' ? target.querySelector(':scope > legend') : null;
    if (legend) legend.after(note);
    else target.append(note);
  });
}

function sumHint(form, selector, output) {
  const update = () => {
    const sum = [...form.querySelectorAll(selector)].reduce((total, input) => total + (Number(input.value) || 0), 0);
    output.textContent = t('admin.sum', { sum: (Math.round(sum * 1000) / 1000).toString() });
    output.classList.toggle('off', Math.abs(sum - 1) > 1e-6);
  };
  form.addEventListener('input', (event) => { if (event.target.matches(selector)) update(); });
  update();
}

// ---- the form

function zoneChoices(current) {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Asia/Shanghai'];
  const all = zones.includes(current) || !current ? zones : [current, ...zones];
  return all.map((zone) => [zone, zone]);
}

function configurationForm(config, creating, onSaved) {
  const zone = config.timeZone;
  const form = el('form', { id: 'campaign-form', novalidate: true, 'aria-labelledby': 'form-title' });
  const summary = el('div', { id: 'form-outcome', class: 'outcome', tabindex: '-1' });
  const [noticeNumber, noticeUnit] = noticeParts(config.publicNotice);
  const unit = el('select', { id: 'f-publicNotice-unit', 'data-notice-unit': '', 'aria-label': t('f.noticeUnit') },
    el('option', { value: 'D' }, t('f.days')), el('option', { value: 'H' }, t('f.hours')));
  unit.value = noticeUnit;
  const notice = control('/publicNotice', t('f.publicNotice'), 'int', noticeNumber);
  notice.querySelector('input').dataset.kind = 'notice';
  notice.querySelector('input').after(unit);
  notice.classList.add('with-unit');
  const windowFields = (name, opens, closes) => [
    control(`/${name}/opensAt`, t(opens), 'datetime', isoToLocal(config[name]?.opensAt, zone), timeOptions(config[name]?.opensAt)),
    control(`/${name}/closesAt`, t(closes), 'datetime', isoToLocal(config[name]?.closesAt, zone), timeOptions(config[name]?.closesAt))
  ];
  const zoneHint = el('p', { class: 'muted', id: 'zone-hint' }, t('admin.zoneHint', { zone }));
  const criteriaSum = el('p', { class: 'sum muted', id: 'criteria-sum' });
  const rankingSum = el('p', { class: 'sum muted', id: 'ranking-sum' });
  const integrity = config.integrity || {};
  const watch = (key, title, members) => fieldset(title, { class: 'sub' },
    control(`/integrity/${key}/enabled`, t('f.enabled'), 'bool', integrity[key]?.enabled),
    el('div', { class: 'grid-3' }, members.map(([member, kind]) => control(`/integrity/${key}/${member}`, t(`f.${member}`), kind, integrity[key]?.[member]))));
  const criteria = fieldset(t('s.criteria'), { 'data-group': '/criteria', 'data-lock': '/criteria', 'data-marks': '[data-weight]', id: 'f-criteria' },
    el('p', { class: 'field-error', id: 'f-criteria-error', hidden: true }),
    el('div', { class: 'grid-4' }, CRITERIA.map((code) => {
      const i = Math.max(0, (config.criteria || []).findIndex((c) => c.code === code));
      const criterion = (config.criteria || [])[i] || { code, weight: 0.25 };
      const name = criterion.name ? localized(criterion.name) : t(`criterion.${code}`);
      const field = control(`/criteria/${i}/weight`, t('f.weight', { criterion: name }), 'number', criterion.weight);
      field.querySelector('input').setAttribute('data-weight', '');
      field.append(hidden(`/criteria/${i}/code`, 'text', code));
      if (criterion.name) field.append(hidden(`/criteria/${i}/name/zh`, 'text', criterion.name.zh), hidden(`/criteria/${i}/name/en`, 'text', criterion.name.en));
      return field;
    })), criteriaSum);
  const ranking = fieldset(t('s.ranking'), { 'data-group': '/ranking', 'data-lock': '/ranking', 'data-marks': '[data-ranking]', id: 'f-ranking' },
    el('p', { class: 'field-error', id: 'f-ranking-error', hidden: true }),
    el('div', { class: 'grid-3' },
      control('/ranking/expertWeight', t('f.expertWeight'), 'number', config.ranking?.expertWeight),
      control('/ranking/voteWeight', t('f.voteWeight'), 'number', config.ranking?.voteWeight)), rankingSum);
  ranking.querySelectorAll('input').forEach((input) => input.setAttribute('data-ranking', ''));
  const button = el('button', { type: 'submit', class: 'primary', id: 'save' }, t(creating ? 'admin.create' : 'admin.save'));

  form.append(...[
    el('h2', { id: 'form-title' }, creating ? t('admin.newTitle') : t('admin.editTitle', { name: localized(config.name) })),
    creating ? null : el('p', { class: 'muted', id: 'progress' }, t('admin.progress', {
      version: config.version, nominations: config.progress?.nominationsSubmitted ?? 0,
      scores: config.progress?.scoresSubmitted ?? 0, named: config.progress?.winnersNamed ?? 0
    })),
    (config.locked || []).length ? el('p', { class: 'banner', id: 'locked-banner' }, t('admin.lockedBanner', { n: config.locked.length })) : null,
    summary,
    fieldset(t('s.basics'), {},
      el('div', { class: 'grid-3' },
        creating ? control('/campaignId', t('f.campaignId'), 'text', config.campaignId, { hint: t('admin.idHint') }) : hidden('/campaignId', 'text', config.campaignId),
        control('/name/zh', t('f.nameZh'), 'text', config.name?.zh),
        control('/name/en', t('f.nameEn'), 'text', config.name?.en),
        control('/timeZone', t('f.timeZone'), 'select', zone, { choices: zoneChoices(zone) }))),
    fieldset(t('s.schedule'), {}, zoneHint,
      el('div', { class: 'grid-3' }, ...windowFields('nominationWindow', 'f.nominationOpens', 'f.nominationCloses'), notice,
        ...windowFields('votingWindow', 'f.votingOpens', 'f.votingCloses'))),
    fieldset(t('s.voteRules'), { 'data-lock': '/voteRules' },
      control('/voteRules/perVoterPerDay', t('f.perVoterPerDay'), 'int', config.voteRules?.perVoterPerDay),
      hidden('/voteRules/perCandidatePerDay', 'int', 1), el('p', { class: 'muted' }, t('f.perCandidate'))),
    rows(form, '/categories', t('s.categories'), t('item.category'), config.categories || [], categoryRow,
      { code: '', name: { zh: '', en: '' }, eligibility: { minYearsInTrade: 0, minAge: 16, maxAge: 100 } }),
    rows(form, '/industries', t('s.industries'), t('item.industry'), config.industries || [], labelRow('industries'),
      { code: '', name: { zh: '', en: '' } }),
    rows(form, '/tiers', t('s.tiers'), t('item.tier'), config.tiers || [], labelRow('tiers'), { code: '', name: { zh: '', en: '' } }),
    criteria,
    ranking,
    fieldset(t('s.quotas'), {}, el('div', { class: 'grid-3' },
      control('/enterpriseQuota', t('f.enterpriseQuota'), 'int', config.enterpriseQuota),
      control('/disclosureThreshold', t('f.disclosureThreshold'), 'int', config.disclosureThreshold),
      control('/retentionDays', t('f.retentionDays'), 'int', config.retentionDays))),
    fieldset(t('s.integrity'), {},
      el('div', { class: 'grid-3' },
        control('/integrity/accountClaim', t('f.accountClaim'), 'text', integrity.accountClaim),
        control('/integrity/freshAccountDays', t('f.freshAccountDays'), 'int', integrity.freshAccountDays),
        control('/integrity/fourEyesAbove', t('f.fourEyesAbove'), 'int', integrity.fourEyesAbove)),
      rows(form, '/integrity/unverifiedLevels', t('s.unverifiedLevels'), t('item.level'), integrity.unverifiedLevels || [], levelRow, ''),
      watch('burst', t('s.burst'), [['minVotes', 'int'], ['factor', 'number'], ['networkVotes', 'int']]),
      watch('networkConcentration', t('s.network'), [['minVotes', 'int'], ['share', 'number']]),
      watch('freshAccounts', t('s.fresh'), [['minVotes', 'int'], ['share', 'number'], ['baselineFactor', 'number']]),
      watch('lockstep', t('s.lockstep'), [['minVoters', 'int'], ['sequence', 'int']]),
      fieldset(t('s.escalation'), { class: 'sub', 'data-lock': '/integrity/escalation' },
        el('div', { class: 'grid-2' },
          control('/integrity/escalation/zh', t('f.escalationZh'), 'textarea', integrity.escalation?.zh,
            { hint: creating ? t('admin.defaultHint') : undefined }),
          control('/integrity/escalation/en', t('f.escalationEn'), 'textarea', integrity.escalation?.en)))),
    creating ? null : hidden('/version', 'int', config.version),
    el('div', { class: 'actions' }, button)].filter(Boolean));

  sumHint(form, '[data-weight]', criteriaSum);
  sumHint(form, '[data-ranking]', rankingSum);
  // a new time zone keeps the instants: the times are shown again in it
  const zoneSelect = form.querySelector('[data-pointer="/timeZone"]');
  let shownZone = zone;
  zoneSelect.addEventListener('change', () => {
    form.querySelectorAll('[data-kind=datetime]').forEach((input) => {
      if (input.value) input.value = isoToLocal(localToIso(input.value, shownZone), zoneSelect.value);
    });
    shownZone = zoneSelect.value;
    zoneHint.textContent = t('admin.zoneHint', { zone: shownZone });
  });
  showLocks(form, config.locked || []);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    summary.replaceChildren(el('p', { class: 'muted' }, t('admin.saving')));
    button.disabled = true;
    const body = collect(form);
    try {
      const saved = creating
        ? await api(ADMIN, { method: 'POST', auth: true, body })
        : await api(`${ADMIN}/${encodeURIComponent(config.campaignId)}`, { method: 'PUT', auth: true, body });
      onSaved(saved, creating);
    } catch (error) {
      showProblems(form, summary, error);
    } finally {
      button.disabled = false;
    }
  });
  return { form, summary };
}

// ---- the page

function votingState(summary) {
  const now = Date.now();
  if (now < Date.parse(summary.votingWindow.opensAt)) return 'before';
  return now < Date.parse(summary.votingWindow.closesAt) ? 'open' : 'closed';
}

function campaignList(campaigns, selected) {
  return el('section', { class: 'campaign-list', 'aria-labelledby': 'campaigns-title' },
    el('h2', { id: 'campaigns-title' }, t('admin.campaigns')),
    el('p', {}, el('a', { class: 'primary', href: '/staff/admin.html?new=1', id: 'new-campaign' }, t('admin.new'))),
    campaigns.length
      ? el('ul', { class: 'campaigns', id: 'campaigns', role: 'list' }, campaigns.map((c) => el('li', {
        class: 'card', 'data-campaign': c.campaignId, 'aria-current': c.campaignId === selected ? 'true' : undefined
      },
      el('h3', {}, el('a', { href: `/staff/admin.html?campaign=${encodeURIComponent(c.campaignId)}` }, localized(c.name))),
      el('p', { class: 'muted' }, el('span', { class: 'id' }, c.campaignId), ' · ', t(`admin.state.${votingState(c)}`),
        c.campaignId === selected ? ` ${t('admin.current')}` : ''),
      el('p', { class: 'muted' }, t('admin.voting', {
        from: formatInstant(c.votingWindow.opensAt, c.timeZone), to: formatInstant(c.votingWindow.closesAt, c.timeZone)
      })))))
      : el('p', { class: 'empty' }, t('admin.noCampaigns')));
}

async function show(main) {
  loading(main);
  const address = new URLSearchParams(location.search);
  const creating = address.has('new');
  const selected = creating ? null : campaignId();
  document.title = `${t('admin.title')} · ${t('site.name')}`;
  const listArea = el('div', { id: 'campaign-list' });
  const formArea = el('div', { id: 'configuration' });
  main.replaceChildren(el('h1', {}, t('admin.title')),
    el('div', { class: 'admin-columns' }, listArea, formArea));

  async function drawList(current, extra) {
    try {
      const { campaigns } = await api('/v1/campaigns');
      const all = extra && !campaigns.some((c) => c.campaignId === extra.campaignId) ? [extra, ...campaigns] : campaigns;
      listArea.replaceChildren(campaignList(all, current));
    } catch (error) {
      showProblem(listArea, error);
    }
  }

  function drawForm(config, isNew, notice) {
    const { form, summary } = configurationForm(config, isNew, (saved, wasNew) => {
      if (wasNew) {
        history.replaceState(null, '', `/staff/admin.html?campaign=${encodeURIComponent(saved.campaignId)}`);
        localStorage.setItem('gongjiang.staffCampaign', saved.campaignId);
        drawList(saved.campaignId, saved);
      }
      drawForm(saved, false, t(wasNew ? 'admin.created' : 'admin.saved', { id: saved.campaignId, version: saved.version }));
    });
    formArea.replaceChildren(form);
    if (notice) {
      summary.replaceChildren(el('p', { class: 'notice-ok', id: 'saved', role: 'status' }, notice));
      summary.focus();
    }
  }

  await drawList(selected);
  if (creating) {
    drawForm(blankConfiguration(), true);
    return;
  }
  try {
    drawForm(await api(`${ADMIN}/${encodeURIComponent(selected)}`, { auth: true }), false);
  } catch (error) {
    showProblem(formArea, error);
  }
}

const main = workspace('admin');
if (main) show(main);
