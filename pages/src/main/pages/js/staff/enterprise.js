// The enterprise clerk's workspace (企业推荐): the nomination form with the API's checks made as the
// clerk types, a draft kept in this browser until it is submitted, the enterprise's nominations with
// the quota used, amend and withdraw while allowed, and the nominee's photo and documents.
import { api } from '../api.js';
import { addMessages, formatInstant, localized, t } from '../i18n.js';
import { announce, el, loading, showProblem } from '../layout.js';
import { campaignId, workspace } from './workspace.js';
import { check } from './checks.js';

addMessages({
  'ent.title': '企业推荐',
  'ent.intro': '填写推荐表后提交；提交后可上传被推荐人的照片和证明材料。推荐表在提交前保存在本浏览器中（草稿），刷新页面不会丢失。',
  'ent.quota': '本单位已推荐 {used} 人，名额 {quota} 人。',
  'ent.window': '推荐时间：{from} 至 {to}',
  'ent.form': '推荐表',
  'ent.amending': '正在修改提名 {id}：身份证件号码、出生日期、手机号码和联系人不会显示，请重新填写。',
  'ent.cancelAmend': '取消修改',
  'ent.nominee': '被推荐人',
  'ent.enterprise': '推荐单位',
  'ent.consent': '同意',
  'ent.f.category': '类别',
  'ent.f.name': '姓名',
  'ent.f.sex': '性别',
  'ent.f.sexM': '男',
  'ent.f.sexF': '女',
  'ent.f.choose': '请选择',
  'ent.f.idNumber': '身份证件号码',
  'ent.f.birthDate': '出生日期',
  'ent.f.trade': '工种 / 岗位',
  'ent.f.industry': '行业',
  'ent.f.region': '地区（6 位行政区划代码）',
  'ent.f.yearsInTrade': '从业年限（年）',
  'ent.f.frontLine': '一线工人',
  'ent.f.patents': '专利数',
  'ent.f.awards': '所获荣誉（每行一项）',
  'ent.f.citation': '推荐事迹',
  'ent.f.mobile': '被推荐人手机号码',
  'ent.f.enterpriseName': '单位名称',
  'ent.f.creditCode': '统一社会信用代码',
  'ent.f.contactName': '联系人',
  'ent.f.contactMobile': '联系人手机号码',
  'ent.f.publishProfile': '被推荐人同意公示其推荐资料（入围公示和投票须经同意）',
  'ent.submit': '提交推荐',
  'ent.save': '保存修改',
  'ent.clear': '清空草稿',
  'ent.draftRestored': '已恢复未提交的草稿。',
  'ent.fixFirst': '推荐表有 {n} 处需要修改，请查看标出的项目。',
  'ent.refused': '推荐表未通过检查（{n} 处），请按各项下方的说明修改。',
  'ent.submitted': '已提交推荐，编号 {id}。现在可以上传照片和证明材料。',
  'ent.amended': '提名 {id} 已修改。',
  'ent.mine': '本单位的推荐',
  'ent.none': '本单位还没有推荐。',
  'ent.submittedAt': '提交于 {at}',
  'ent.amend': '修改',
  'ent.withdraw': '撤回',
  'ent.withdrawConfirm': '确认撤回 {id}',
  'ent.withdrawn': '提名 {id} 已撤回，名额已释放。',
  'ent.files': '照片和证明材料',
  'ent.photo': '照片（JPEG 或 PNG，最大 2 MB）',
  'ent.document': '证明材料（PDF、JPEG 或 PNG，最大 10 MB）',
  'ent.noFiles': '还没有上传文件。',
  'ent.kind.photo': '照片',
  'ent.kind.document': '材料',
  'ent.file.stored': '已检查',
  'ent.file.pending': '未完成',
  'ent.uploading': '正在上传 {name}……',
  'ent.uploaded': '{name} 已上传并通过检查。',
  'ent.uploadFailed': '{name} 上传失败，请重试。',
  'ent.status.SUBMITTED': '已提交',
  'ent.status.WITHDRAWN': '已撤回',
  'ent.status.QUALIFIED': '通过资格初审',
  'ent.status.DISQUALIFIED': '未通过资格初审',
  'ent.status.IN_REVIEW': '专家评审中',
  'ent.status.SCORED': '已评分',
  'ent.status.SHORTLISTED': '联席会议通过',
  'ent.status.REJECTED': '未入围',
  'ent.status.ON_NOTICE': '公示中',
  'ent.status.FINALIST': '投票候选人',
  'ent.status.NAMED': '已命名',
  'check.idRequired': '请填写身份证件号码。',
  'check.idWhitespace': '身份证件号码中不能有空格。',
  'check.idFullWidth': '身份证件号码请使用半角数字。',
  'check.idLength': '身份证件号码应为 18 位，当前为 {n} 位。',
  'check.idFormat': '身份证件号码前 17 位必须是数字（第 {n} 位不是）。',
  'check.idLowerX': '校验码 X 请使用大写字母。',
  'check.idLast': '身份证件号码最后一位必须是数字或大写 X。',
  'check.idCheck': '身份证件号码校验码不正确，请核对。',
  'check.idAddress': '身份证件号码的地址码不存在。',
  'check.idBirth': '身份证件号码中的出生日期不存在。',
  'check.idBirthImplausible': '身份证件号码中的出生日期不合理。',
  'check.birthDateFormat': '出生日期须为 YYYY-MM-DD。',
  'check.birthDateMismatch': '出生日期与身份证件号码中的 {date} 不一致。',
  'check.sexMismatch': '性别与身份证件号码第 17 位（奇数为男、偶数为女）不一致。',
  'check.ageEligibility': '类别“{category}”要求提名开始日（{date}）时年龄在 {min} 到 {max} 岁之间，被提名人为 {age} 岁。',
  'check.yearsImplausible': '从业年限（{years} 年）不合理：被提名人 {age} 岁，最多 {max} 年。',
  'check.yearsEligibility': '类别“{category}”要求从业至少 {min} 年。',
  'check.foreignRequired': '类别“{category}”只接受外国人永久居留身份证号码（以 9 开头）。',
  'check.residentRequired': '类别“{category}”须填写公民身份号码；外籍工匠请选择国际类别。',
  'check.nameStart': '{pointer} 不能以 {c} 开头（人名不会这样开头，电子表格会把它当作公式）。',
  'check.mobile': '不是中国大陆手机号码（11 位数字，1 开头，可带 +86）。',
  'check.creditRequired': '请填写统一社会信用代码。',
  'check.creditWhitespace': '统一社会信用代码中不能有空格。',
  'check.creditLength': '统一社会信用代码应为 18 位。',
  'check.creditAlphabet': '统一社会信用代码第 {n} 位“{c}”不是允许的字符（数字和除 I、O、S、V、Z 以外的大写字母）。',
  'check.creditRegion': '统一社会信用代码第 3 到 8 位应为行政区划码（数字）。',
  'check.creditCheck': '统一社会信用代码校验码不正确，请核对。',
  'check.required': '请填写此项。'
}, {
  'ent.title': 'Enterprise nominations',
  'ent.intro': 'Fill in the nomination form and submit it; then upload the nominee’s photo and documents. Until it is submitted the form is kept in this browser (a draft) and survives a reload.',
  'ent.quota': 'Your enterprise has nominated {used} of its {quota}.',
  'ent.window': 'Nominations: {from} to {to}',
  'ent.form': 'Nomination form',
  'ent.amending': 'Amending nomination {id}: the identity number, birth date, mobiles and contact are not shown; enter them again.',
  'ent.cancelAmend': 'Stop amending',
  'ent.nominee': 'Nominee',
  'ent.enterprise': 'Nominating enterprise',
  'ent.consent': 'Consent',
  'ent.f.category': 'Category',
  'ent.f.name': 'Name',
  'ent.f.sex': 'Sex',
  'ent.f.sexM': 'Male',
  'ent.f.sexF': 'Female',
  'ent.f.choose': 'Choose',
  'ent.f.idNumber': 'Identity number',
  'ent.f.birthDate': 'Birth date',
  'ent.f.trade': 'Trade',
  'ent.f.industry': 'Industry',
  'ent.f.region': 'Region (6-digit division code)',
  'ent.f.yearsInTrade': 'Years in the trade',
  'ent.f.frontLine': 'Front-line worker',
  'ent.f.patents': 'Patents',
  'ent.f.awards': 'Awards (one a line)',
  'ent.f.citation': 'Citation',
  'ent.f.mobile': 'Nominee’s mobile',
  'ent.f.enterpriseName': 'Enterprise name',
  'ent.f.creditCode': 'Unified social credit code',
  'ent.f.contactName': 'Contact',
  'ent.f.contactMobile': 'Contact’s mobile',
  'ent.f.publishProfile': 'The nominee consents to the publication of their profile (needed for the notice and the ballot)',
  'ent.submit': 'Submit the nomination',
  'ent.save': 'Save the changes',
  'ent.clear': 'Clear the draft',
  'ent.draftRestored': 'Your unsubmitted draft is back.',
  'ent.fixFirst': '{n} item(s) of the form need changing; see the marked fields.',
  'ent.refused': 'The form did not pass the checks ({n}); change it as each field says.',
  'ent.submitted': 'Nomination {id} submitted. You may now upload the photo and the documents.',
  'ent.amended': 'Nomination {id} amended.',
  'ent.mine': 'Your enterprise’s nominations',
  'ent.none': 'Your enterprise has nominated nobody yet.',
  'ent.submittedAt': 'Submitted {at}',
  'ent.amend': 'Amend',
  'ent.withdraw': 'Withdraw',
  'ent.withdrawConfirm': 'Confirm: withdraw {id}',
  'ent.withdrawn': 'Nomination {id} withdrawn; its quota slot is free.',
  'ent.files': 'Photo and documents',
  'ent.photo': 'Photo (JPEG or PNG, at most 2 MB)',
  'ent.document': 'Document (PDF, JPEG or PNG, at most 10 MB)',
  'ent.noFiles': 'No file uploaded yet.',
  'ent.kind.photo': 'photo',
  'ent.kind.document': 'document',
  'ent.file.stored': 'checked',
  'ent.file.pending': 'not completed',
  'ent.uploading': 'Uploading {name}…',
  'ent.uploaded': '{name} uploaded and checked.',
  'ent.uploadFailed': 'The upload of {name} failed; try again.',
  'ent.status.SUBMITTED': 'submitted',
  'ent.status.WITHDRAWN': 'withdrawn',
  'ent.status.QUALIFIED': 'qualified',
  'ent.status.DISQUALIFIED': 'disqualified',
  'ent.status.IN_REVIEW': 'in expert review',
  'ent.status.SCORED': 'scored',
  'ent.status.SHORTLISTED': 'shortlisted',
  'ent.status.REJECTED': 'not shortlisted',
  'ent.status.ON_NOTICE': 'on public notice',
  'ent.status.FINALIST': 'on the ballot',
  'ent.status.NAMED': 'named',
  'check.idRequired': 'The identity number is required.',
  'check.idWhitespace': 'Remove the spaces from the identity number.',
  'check.idFullWidth': 'Use half-width (ASCII) digits in the identity number.',
  'check.idLength': 'An identity number has 18 characters, not {n}.',
  'check.idFormat': 'The first 17 characters must be digits (character {n} is not).',
  'check.idLowerX': 'The check character X must be upper case.',
  'check.idLast': 'The last character must be a digit or an upper-case X.',
  'check.idCheck': 'The identity number\'s check character is wrong; please check the number.',
  'check.idAddress': 'The identity number\'s address code does not exist.',
  'check.idBirth': 'The birth date inside the identity number is not a real date.',
  'check.idBirthImplausible': 'The birth date inside the identity number is not plausible.',
  'check.birthDateFormat': 'birthDate is a date, YYYY-MM-DD.',
  'check.birthDateMismatch': 'birthDate differs from the birth date in the identity number ({date}).',
  'check.sexMismatch': 'sex differs from the identity number\'s 17th digit (odd male, even female).',
  'check.ageEligibility': 'Category \'{category}\' takes nominees aged {min} to {max} on {date}, when nominations open; the nominee is {age}.',
  'check.yearsImplausible': 'yearsInTrade ({years}) is implausible for a nominee aged {age} (at most {max}).',
  'check.yearsEligibility': 'Category \'{category}\' needs at least {min} years in the trade.',
  'check.foreignRequired': 'Category \'{category}\' is for holders of a foreign permanent resident ID (starting with 9).',
  'check.residentRequired': 'Category \'{category}\' needs a resident identity number; foreign craftsmen go in the international category.',
  'check.nameStart': '{pointer} cannot begin with {c} (no person\'s name does, and a spreadsheet would take it for a formula).',
  'check.mobile': 'Not a mainland China mobile number (11 digits starting with 1, +86 allowed).',
  'check.creditRequired': 'The unified social credit code is required.',
  'check.creditWhitespace': 'Remove the spaces from the credit code.',
  'check.creditLength': 'A unified social credit code has 18 characters.',
  'check.creditAlphabet': 'Character {n} (\'{c}\') is not allowed: digits and upper-case letters other than I, O, S, V, Z.',
  'check.creditRegion': 'Characters 3 to 8 are a region code and must be digits.',
  'check.creditCheck': 'The credit code\'s check character is wrong; please check the code.',
  'check.required': 'Fill this in.'
});

const campaign = campaignId();
const base = `/v1/campaigns/${encodeURIComponent(campaign)}`;
const DRAFT_KEY = `gongjiang.nominationDraft.${campaign}`;

/** The form's fields: name, where the API points at it, the control. */
const FIELDS = [
  ['category', '/category', 'select', true],
  ['name', '/nominee/name', 'text', true],
  ['sex', '/nominee/sex', 'select', true],
  ['idNumber', '/nominee/idNumber', 'text', true],
  ['birthDate', '/nominee/birthDate', 'date', true],
  ['trade', '/nominee/trade', 'text', true],
  ['industry', '/nominee/industry', 'select', true],
  ['region', '/nominee/region', 'text', true],
  ['yearsInTrade', '/nominee/yearsInTrade', 'number', true],
  ['frontLine', '/nominee/frontLine', 'checkbox', false],
  ['patents', '/nominee/patents', 'number', false],
  ['awards', '/nominee/awards', 'textarea', false],
  ['citation', '/nominee/citation', 'textarea', true],
  ['mobile', '/nominee/mobile', 'tel', true],
  ['enterpriseName', '/enterprise/name', 'text', true],
  ['creditCode', '/enterprise/creditCode', 'text', true],
  ['contactName', '/enterprise/contactName', 'text', true],
  ['contactMobile', '/enterprise/contactMobile', 'tel', true],
  ['publishProfile', '/consent/publishProfile', 'checkbox', false]
];
const BY_POINTER = new Map(FIELDS.map(([name, pointer]) => [pointer, name]));

const controls = {};
const errors = {};
let campaignView;
let amending = null;

function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function values() {
  const out = {};
  FIELDS.forEach(([name, , kind]) => {
    out[name] = kind === 'checkbox' ? controls[name].checked : controls[name].value.trim();
  });
  return out;
}

function setValues(saved) {
  FIELDS.forEach(([name, , kind]) => {
    if (!(name in saved)) return;
    if (kind === 'checkbox') controls[name].checked = Boolean(saved[name]);
    else controls[name].value = saved[name] ?? '';
  });
}

/** Shows (or clears) a field's problem: aria-invalid and a message linked by aria-describedby. */
function mark(name, message) {
  const control = controls[name];
  if (message) {
    errors[name].textContent = message;
    errors[name].hidden = false;
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', errors[name].id);
  } else {
    errors[name].textContent = '';
    errors[name].hidden = true;
    control.removeAttribute('aria-invalid');
    control.removeAttribute('aria-describedby');
  }
}

/** The browser's checks; blank required fields count only when `complete`. Answers the problem count. */
function checkForm(complete, only) {
  const current = values();
  const found = check(current, campaignView, today());
  if (complete) {
    FIELDS.forEach(([name, , , required]) => {
      if (required && current[name] === '' && !found[name]) {
        found[name] = { key: name === 'idNumber' ? 'check.idRequired' : name === 'creditCode' ? 'check.creditRequired' : 'check.required', params: {} };
      }
    });
  }
  FIELDS.forEach(([name]) => {
    if (!only || only.has(name)) mark(name, found[name] ? t(found[name].key, found[name].params) : '');
  });
  return Object.keys(found).length;
}

// the fields whose check depends on others': typing one re-checks them all
const RELATED = new Set(['category', 'idNumber', 'birthDate', 'sex', 'yearsInTrade']);

function body() {
  const v = values();
  const nominee = {
    name: v.name, sex: v.sex, idNumber: v.idNumber, birthDate: v.birthDate, trade: v.trade, industry: v.industry,
    region: v.region, yearsInTrade: v.yearsInTrade === '' ? undefined : Number(v.yearsInTrade), frontLine: v.frontLine,
    patents: v.patents === '' ? 0 : Number(v.patents),
    awards: v.awards.split('\n').map((a) => a.trim()).filter(Boolean),
    citation: v.citation, mobile: v.mobile
  };
  Object.keys(nominee).forEach((key) => { if (nominee[key] === '' || nominee[key] === undefined) delete nominee[key]; });
  const enterprise = { name: v.enterpriseName, creditCode: v.creditCode, contactName: v.contactName, contactMobile: v.contactMobile };
  Object.keys(enterprise).forEach((key) => { if (enterprise[key] === '') delete enterprise[key]; });
  return { category: v.category || undefined, nominee, enterprise, consent: { publishProfile: v.publishProfile } };
}

/** The API's field errors, each at its field; those of no field in the form summary. */
function showFieldErrors(problem, summary) {
  const list = Array.isArray(problem.errors) ? problem.errors : [];
  const elsewhere = [];
  FIELDS.forEach(([name]) => mark(name, ''));
  list.forEach((error) => {
    const pointer = error.pointer ?? '';
    const name = BY_POINTER.get(pointer) || BY_POINTER.get(pointer.replace(/\/\d+$/, ''));
    if (name && !errors[name].textContent) mark(name, error.message);
    else if (name) errors[name].textContent += ` ${error.message}`;
    else elsewhere.push(error.message);
  });
  summary.replaceChildren(el('p', { class: 'problem', role: 'alert' }, list.length ? t('ent.refused', { n: list.length }) : problem.detail),
    elsewhere.length ? el('ul', {}, elsewhere.map((m) => el('li', {}, m))) : '');
  const first = FIELDS.find(([name]) => controls[name].getAttribute('aria-invalid') === 'true');
  if (first) controls[first[0]].focus();
}

function field(name, kind, options = []) {
  const id = `f-${name}`;
  let control;
  if (kind === 'select') {
    control = el('select', { id, name }, el('option', { value: '' }, t('ent.f.choose')),
      options.map(([value, label]) => el('option', { value }, label)));
  } else if (kind === 'textarea') {
    control = el('textarea', { id, name, rows: name === 'citation' ? 5 : 3, maxlength: name === 'citation' ? 2000 : undefined });
  } else if (kind === 'checkbox') {
    control = el('input', { id, name, type: 'checkbox' });
  } else {
    control = el('input', {
      id, name, type: kind === 'number' ? 'number' : kind === 'date' ? 'date' : kind === 'tel' ? 'tel' : 'text',
      min: kind === 'number' ? 0 : undefined, inputmode: name === 'idNumber' || name === 'region' ? 'numeric' : undefined,
      autocomplete: 'off', spellcheck: 'false', maxlength: name === 'idNumber' || name === 'creditCode' ? 40 : undefined
    });
  }
  controls[name] = control;
  errors[name] = el('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const label = el('label', { for: id }, t(`ent.f.${name}`));
  return kind === 'checkbox'
    ? el('div', { class: 'field check' }, control, ' ', label, errors[name])
    : el('div', { class: 'field' }, label, control, errors[name]);
}

function statusBadge(status) {
  return el('span', { class: `status status-${status.toLowerCase()}` }, t(`ent.status.${status}`));
}

async function attachmentsSection(nomination) {
  const path = `${base}/nominations/${encodeURIComponent(nomination.nominationId)}/attachments`;
  const list = el('ul', { class: 'files', 'data-files': nomination.nominationId });
  const outcome = el('div', { class: 'outcome', 'aria-live': 'polite' });
  async function refresh() {
    const { attachments } = await api(path, { auth: true });
    list.replaceChildren(...(attachments.length ? attachments.map((a) => el('li', { 'data-status': a.status, 'data-kind': a.kind },
      `${t(`ent.kind.${a.kind}`)}：${a.fileName}（${Math.max(1, Math.round(a.size / 1024))} KB）· `,
      el('span', { class: a.status === 'stored' ? 'file-ok' : 'muted' }, t(`ent.file.${a.status}`))))
      : [el('li', { class: 'muted' }, t('ent.noFiles'))]));
  }
  async function upload(kind, input) {
    const file = input.files[0];
    if (!file) return;
    outcome.replaceChildren(el('p', { class: 'muted' }, t('ent.uploading', { name: file.name })));
    try {
      const contentType = file.type || (file.name.toLowerCase().endsWith('.pdf') ? 'application/pdf' : '');
      const asked = await api(path, { method: 'POST', auth: true, body: { kind, contentType, size: file.size, fileName: file.name } });
      let put;
      try {
        put = await fetch(asked.upload.url, { method: asked.upload.method || 'PUT', headers: asked.upload.headers || {}, body: file });
      } catch (e) {
        put = null;
      }
      if (!put || !put.ok) throw new Error(t('ent.uploadFailed', { name: file.name }));
      await api(`${path}/${encodeURIComponent(asked.attachmentId)}/complete`, { method: 'POST', auth: true });
      outcome.replaceChildren(el('p', { class: 'notice-ok' }, t('ent.uploaded', { name: file.name })));
    } catch (error) {
      outcome.replaceChildren(el('p', { class: 'problem', role: 'alert' }, error.sentence || error.message));
    } finally {
      input.value = '';
      await refresh().catch(() => {});
    }
  }
  const inputs = [['photo', 'image/jpeg,image/png'], ['document', 'application/pdf,image/jpeg,image/png']].map(([kind, accept]) => {
    const id = `${kind}-${nomination.nominationId}`;
    const input = el('input', { type: 'file', id, accept, 'data-kind': kind });
    input.addEventListener('change', () => upload(kind, input));
    return el('div', { class: 'field' }, el('label', { for: id }, t(`ent.${kind}`)), input);
  });
  await refresh().catch((error) => showProblem(list, error));
  return el('section', { class: 'attachments', 'aria-label': `${t('ent.files')}: ${nomination.nominee.name}` },
    el('h4', {}, t('ent.files')), list, el('div', { class: 'grid-2' }, inputs), outcome);
}

async function nominationCard(nomination, refreshList, startAmending) {
  const outcome = el('div', { class: 'outcome', 'aria-live': 'polite' });
  const industries = new Map(campaignView.industries.map((i) => [i.code, localized(i.name)]));
  const categories = new Map(campaignView.categories.map((c) => [c.code, localized(c.name)]));
  const actions = el('div', { class: 'actions' });
  if (nomination.status === 'SUBMITTED') {
    const confirm = el('button', { type: 'button', class: 'danger', hidden: true, 'data-action': 'confirm-withdraw' },
      t('ent.withdrawConfirm', { id: nomination.nominationId }));
    confirm.addEventListener('click', async () => {
      confirm.disabled = true;
      try {
        await api(`${base}/nominations/${encodeURIComponent(nomination.nominationId)}`, { method: 'DELETE', auth: true });
        announce(t('ent.withdrawn', { id: nomination.nominationId }));
        await refreshList();
      } catch (error) {
        outcome.replaceChildren(el('p', { class: 'problem', role: 'alert' }, error.sentence || error.message));
        confirm.disabled = false;
      }
    });
    actions.append(
      el('button', { type: 'button', class: 'secondary', 'data-action': 'amend', onclick: () => startAmending(nomination) }, t('ent.amend')),
      el('button', { type: 'button', class: 'secondary', 'data-action': 'withdraw', 'aria-expanded': 'false',
        onclick: (event) => { confirm.hidden = false; event.currentTarget.setAttribute('aria-expanded', 'true'); confirm.focus(); } },
      t('ent.withdraw')),
      confirm);
  }
  const card = el('li', { class: 'card', 'data-nomination': nomination.nominationId, 'data-status': nomination.status },
    el('h3', {}, nomination.nominee.name, ' ', el('span', { class: 'id' }, nomination.nominationId), ' ', statusBadge(nomination.status)),
    el('p', { class: 'muted' }, [categories.get(nomination.category), nomination.nominee.trade, industries.get(nomination.nominee.industry),
      nomination.nominee.regionName, nomination.submittedAt ? t('ent.submittedAt', { at: formatInstant(nomination.submittedAt, campaignView.timeZone) }) : '']
      .filter(Boolean).join(' · ')),
    actions, outcome);
  if (nomination.status === 'SUBMITTED') card.append(await attachmentsSection(nomination));
  return card;
}

async function show(main) {
  loading(main);
  try {
    campaignView = await api(base);
  } catch (error) {
    showProblem(main, error);
    return;
  }
  const quota = el('p', { id: 'quota', class: 'quota' });
  const listArea = el('div', { id: 'nominations' });
  const summary = el('div', { class: 'outcome', 'aria-live': 'polite', id: 'form-outcome' });
  const amendNote = el('p', { class: 'banner', hidden: true, id: 'amending' });
  const submit = el('button', { type: 'submit', class: 'primary', id: 'submit' }, t('ent.submit'));
  const cancelAmend = el('button', { type: 'button', class: 'secondary', hidden: true }, t('ent.cancelAmend'));
  const clear = el('button', { type: 'button', class: 'secondary', id: 'clear-draft' }, t('ent.clear'));
  const categories = campaignView.categories.map((c) => [c.code, localized(c.name)]);
  const industries = campaignView.industries.map((i) => [i.code, localized(i.name)]);
  const form = el('form', { id: 'nomination-form', novalidate: true, 'aria-labelledby': 'form-title' },
    el('h2', { id: 'form-title' }, t('ent.form')), amendNote,
    el('fieldset', {}, el('legend', {}, t('ent.nominee')),
      el('div', { class: 'grid-2' },
        field('category', 'select', categories), field('name', 'text'),
        field('idNumber', 'text'), field('sex', 'select', [['M', t('ent.f.sexM')], ['F', t('ent.f.sexF')]]),
        field('birthDate', 'date'), field('mobile', 'tel'),
        field('trade', 'text'), field('industry', 'select', industries),
        field('region', 'text'), field('yearsInTrade', 'number'),
        field('patents', 'number'), field('frontLine', 'checkbox')),
      field('awards', 'textarea'), field('citation', 'textarea')),
    el('fieldset', {}, el('legend', {}, t('ent.enterprise')),
      el('div', { class: 'grid-2' }, field('enterpriseName', 'text'), field('creditCode', 'text'),
        field('contactName', 'text'), field('contactMobile', 'tel'))),
    el('fieldset', {}, el('legend', {}, t('ent.consent')), field('publishProfile', 'checkbox')),
    el('div', { class: 'actions' }, submit, cancelAmend, clear), summary);

  function stopAmending() {
    amending = null;
    amendNote.hidden = true;
    cancelAmend.hidden = true;
    submit.textContent = t('ent.submit');
    form.reset();
    const draft = JSON.parse(localStorage.getItem(DRAFT_KEY) || 'null');
    if (draft) setValues(draft);
    FIELDS.forEach(([name]) => mark(name, ''));
  }

  function startAmending(nomination) {
    amending = nomination.nominationId;
    form.reset();
    setValues({
      category: nomination.category, name: nomination.nominee.name, sex: nomination.nominee.sex ?? '', trade: nomination.nominee.trade,
      industry: nomination.nominee.industry, region: nomination.nominee.region, yearsInTrade: String(nomination.nominee.yearsInTrade),
      frontLine: nomination.nominee.frontLine, patents: String(nomination.nominee.patents ?? 0),
      awards: (nomination.nominee.awards || []).join('\n'), citation: nomination.nominee.citation,
      enterpriseName: nomination.enterprise.name, creditCode: nomination.enterprise.creditCode ?? '',
      publishProfile: nomination.consent?.publishProfile
    });
    FIELDS.forEach(([name]) => mark(name, ''));
    amendNote.textContent = t('ent.amending', { id: amending });
    amendNote.hidden = false;
    cancelAmend.hidden = false;
    submit.textContent = t('ent.save');
    summary.replaceChildren();
    controls.idNumber.focus();
  }

  async function refreshList() {
    try {
      const { nominations } = await api(`${base}/nominations`, { auth: true });
      const used = nominations.filter((n) => n.status !== 'WITHDRAWN').length;
      quota.textContent = t('ent.quota', { used, quota: campaignView.enterpriseQuota });
      quota.dataset.used = String(used);
      const cards = await Promise.all(nominations.map((n) => nominationCard(n, refreshList, startAmending)));
      listArea.replaceChildren(cards.length ? el('ul', { class: 'nominations', role: 'list' }, cards) : el('p', { class: 'empty' }, t('ent.none')));
    } catch (error) {
      showProblem(listArea, error);
    }
  }

  FIELDS.forEach(([name]) => {
    const related = RELATED.has(name) ? RELATED : new Set([name]);
    const onChange = () => {
      if (!amending) localStorage.setItem(DRAFT_KEY, JSON.stringify(values()));
      checkForm(false, related);
    };
    controls[name].addEventListener('input', onChange);
    controls[name].addEventListener('change', onChange);
  });
  cancelAmend.addEventListener('click', stopAmending);
  clear.addEventListener('click', () => {
    localStorage.removeItem(DRAFT_KEY);
    form.reset();
    FIELDS.forEach(([name]) => mark(name, ''));
    summary.replaceChildren();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problems = checkForm(true);
    if (problems) {
      summary.replaceChildren(el('p', { class: 'problem', role: 'alert' }, t('ent.fixFirst', { n: problems })));
      const first = FIELDS.find(([name]) => controls[name].getAttribute('aria-invalid') === 'true');
      if (first) controls[first[0]].focus();
      return;
    }
    submit.disabled = true;
    try {
      if (amending) {
        await api(`${base}/nominations/${encodeURIComponent(amending)}`, { method: 'PUT', auth: true, body: body() });
        const id = amending;
        stopAmending();
        summary.replaceChildren(el('p', { class: 'notice-ok' }, t('ent.amended', { id })));
      } else {
        const answer = await api(`${base}/nominations`, { method: 'POST', auth: true, body: body() });
        localStorage.removeItem(DRAFT_KEY);
        form.reset();
        summary.replaceChildren(el('p', { class: 'notice-ok', id: 'submitted' }, t('ent.submitted', { id: answer.nominationId })));
      }
      await refreshList();
    } catch (error) {
      if (error.problem && Array.isArray(error.problem.errors)) showFieldErrors(error.problem, summary);
      else summary.replaceChildren(el('p', { class: 'problem', role: 'alert' }, error.sentence || error.message));
    } finally {
      submit.disabled = false;
    }
  });

  const nominationWindow = campaignView.nominationWindow;
  main.replaceChildren(
    el('h1', {}, `${localized(campaignView.name)} · ${t('ent.title')}`),
    el('p', {}, t('ent.intro')),
    el('p', { class: 'muted' }, t('ent.window', { from: formatInstant(nominationWindow.opensAt, campaignView.timeZone), to: formatInstant(nominationWindow.closesAt, campaignView.timeZone) })),
    el('div', { class: 'workspace-columns' },
      el('section', { class: 'form-column' }, form),
      el('section', { class: 'list-column', 'aria-labelledby': 'mine-title' }, el('h2', { id: 'mine-title' }, t('ent.mine')), quota, listArea)));
  const draft = JSON.parse(localStorage.getItem(DRAFT_KEY) || 'null');
  if (draft) {
    setValues(draft);
    checkForm(false);
    summary.replaceChildren(el('p', { class: 'muted', id: 'draft-restored' }, t('ent.draftRestored')));
  }
  await refreshList();
}

const main = workspace('enterprise');
if (main) show(main);
