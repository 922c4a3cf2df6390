// What the review office's and the experts' workspaces share: status and action names, a nomination's
// details, its documents, and forms whose refusals are the API's sentence (and each field's message).
import { api } from '../api.js';
import { addMessages, formatInstant, localized, t } from '../i18n.js';
import { el } from '../layout.js';

addMessages({
  'status.SUBMITTED': '已提交', 'status.QUALIFIED': '资格审查通过', 'status.IN_REVIEW': '专家评审中', 'status.SCORED': '专家已评分',
  'status.SHORTLISTED': '已入围', 'status.ON_NOTICE': '公示中', 'status.FINALIST': '候选人（投票）', 'status.NAMED': '已命名',
  'status.REJECTED': '未入选', 'status.DISQUALIFIED': '资格不符', 'status.WITHDRAWN': '已撤回',
  'nomination.status': '状态：{status}',
  'nomination.nominee': '被推荐人',
  'nomination.enterprise': '推荐单位',
  'nomination.category': '类别',
  'nomination.trade': '工种 / 岗位',
  'nomination.industry': '行业',
  'nomination.region': '地区',
  'nomination.birthYear': '出生年份',
  'nomination.years': '从业年限',
  'nomination.frontLine': '一线职工',
  'nomination.patents': '专利',
  'nomination.awards': '荣誉',
  'nomination.citation': '推荐事迹',
  'nomination.idNumber': '身份证号（遮蔽）',
  'nomination.mobile': '手机',
  'nomination.contact': '单位联系人',
  'nomination.yes': '是',
  'nomination.no': '否',
  'nomination.col.id': '编号',
  'nomination.col.name': '姓名',
  'nomination.col.enterprise': '推荐单位',
  'nomination.col.status': '状态',
  'nomination.col.open': '查看',
  'nomination.open': '查看 {id}',
  'nomination.back': '返回列表',
  'attachments.title': '照片和材料',
  'attachments.none': '没有上传的照片或材料。',
  'attachments.download': '下载 {name}',
  'attachments.pending': '{name}（尚未完成上传）',
  'attachments.photo': '照片',
  'attachments.document': '材料',
  'form.working': '提交中…'
}, {
  'status.SUBMITTED': 'Submitted', 'status.QUALIFIED': 'Qualified', 'status.IN_REVIEW': 'With the experts', 'status.SCORED': 'Scored',
  'status.SHORTLISTED': 'Shortlisted', 'status.ON_NOTICE': 'On notice', 'status.FINALIST': 'Finalist (vote)', 'status.NAMED': 'Named',
  'status.REJECTED': 'Rejected', 'status.DISQUALIFIED': 'Disqualified', 'status.WITHDRAWN': 'Withdrawn',
  'nomination.status': 'Status: {status}',
  'nomination.nominee': 'Nominee',
  'nomination.enterprise': 'Nominating enterprise',
  'nomination.category': 'Category',
  'nomination.trade': 'Trade',
  'nomination.industry': 'Industry',
  'nomination.region': 'Region',
  'nomination.birthYear': 'Born',
  'nomination.years': 'Years in the trade',
  'nomination.frontLine': 'Front-line worker',
  'nomination.patents': 'Patents',
  'nomination.awards': 'Awards',
  'nomination.citation': 'Citation',
  'nomination.idNumber': 'Identity number (masked)',
  'nomination.mobile': 'Mobile',
  'nomination.contact': 'Enterprise contact',
  'nomination.yes': 'yes',
  'nomination.no': 'no',
  'nomination.col.id': 'Number',
  'nomination.col.name': 'Name',
  'nomination.col.enterprise': 'Enterprise',
  'nomination.col.status': 'Status',
  'nomination.col.open': 'Open',
  'nomination.open': 'Open {id}',
  'nomination.back': 'Back to the list',
  'attachments.title': 'Photos and documents',
  'attachments.none': 'No photo or document uploaded.',
  'attachments.download': 'Download {name}',
  'attachments.pending': '{name} (upload not completed)',
  'attachments.photo': 'photo',
  'attachments.document': 'document',
  'form.working': 'Sending…'
});

export function campaignPath(campaignId) {
  return `/v1/campaigns/${encodeURIComponent(campaignId)}`;
}

export function nominationPath(campaignId, nominationId) {
  return `${campaignPath(campaignId)}/nominations/${encodeURIComponent(nominationId)}`;
}

function row(label, value) {
  if (value === undefined || value === null || value === '') return null;
  return [el('dt', {}, label), el('dd', {}, String(value))];
}

/** The nomination's details as far as the reader's view of it goes (the API decides what is in it). */
export function details(campaign, nomination) {
  const nominee = nomination.nominee || {};
  const enterprise = nomination.enterprise || {};
  const industry = (campaign.industries || []).find((i) => i.code === nominee.industry);
  const category = (campaign.categories || []).find((c) => c.code === nomination.category);
  const yesNo = (value) => (value === undefined ? undefined : t(value ? 'nomination.yes' : 'nomination.no'));
  return el('dl', { class: 'profile details', id: 'details' }, [
    row(t('nomination.nominee'), nominee.name),
    row(t('nomination.idNumber'), nominee.idNumberMasked),
    row(t('nomination.birthYear'), nominee.birthYear),
    row(t('nomination.category'), category ? localized(category.name) : nomination.category),
    row(t('nomination.trade'), nominee.trade),
    row(t('nomination.industry'), industry ? localized(industry.name) : nominee.industry),
    row(t('nomination.region'), nominee.regionName || nominee.region),
    row(t('nomination.years'), nominee.yearsInTrade),
    row(t('nomination.frontLine'), yesNo(nominee.frontLine)),
    row(t('nomination.patents'), nominee.patents),
    row(t('nomination.awards'), (nominee.awards || []).join('、')),
    row(t('nomination.citation'), nominee.citation),
    row(t('nomination.mobile'), nominee.mobile),
    row(t('nomination.enterprise'), enterprise.name),
    row(t('nomination.contact'), [enterprise.contactName, enterprise.contactMobile].filter(Boolean).join(' ')),
  ].flat().filter(Boolean));
}

/** The nomination's photos and documents, with their short-lived download links. */
export async function attachments(campaignId, nominationId) {
  const section = el('section', { id: 'attachments', 'aria-labelledby': 'attachments-title' },
    el('h2', { id: 'attachments-title' }, t('attachments.title')));
  try {
    const { attachments: files } = await api(`${nominationPath(campaignId, nominationId)}/attachments`, { auth: true });
    section.append(files.length
      ? el('ul', {}, files.map((file) => el('li', { 'data-attachment': file.attachmentId },
        file.download
          ? el('a', { href: file.download.url, download: file.fileName || '' }, t('attachments.download', { name: file.fileName || file.attachmentId }))
          : t('attachments.pending', { name: file.fileName || file.attachmentId }),
        ` · ${t(`attachments.${file.kind}`)} · ${Math.ceil((file.size || 0) / 1024)} KB`)))
      : el('p', { class: 'empty' }, t('attachments.none')));
  } catch (error) {
    section.append(el('p', { class: 'problem' }, error.sentence || error.message));
  }
  return section;
}

/**
 * A form whose submit calls `send` (answers a promise); a refusal shows the API's sentence, and each
 * field the problem points at (errors[].pointer ending in the field's name) is marked with its message.
 */
export function actionForm(attributes, fields, buttonText, send, done) {
  const outcome = el('div', { class: 'outcome', 'aria-live': 'polite' });
  const button = el('button', { type: 'submit', class: 'primary' }, buttonText);
  const form = el('form', attributes, fields, el('p', {}, button), outcome);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    form.querySelectorAll('.field-error').forEach((e) => e.remove());
    form.querySelectorAll('[aria-invalid]').forEach((e) => { e.removeAttribute('aria-invalid'); e.removeAttribute('aria-describedby'); });
    outcome.replaceChildren();
    button.disabled = true;
    try {
      const answer = await send(form);
      await done(answer);
    } catch (error) {
      outcome.replaceChildren(el('p', { class: 'problem', role: 'alert' }, error.sentence || error.message));
      ((error.problem && error.problem.errors) || []).forEach((fieldError) => {
        const name = String(fieldError.pointer || fieldError.parameter || '').split('/').pop();
        const input = name && form.querySelector(`[name="${CSS.escape(name)}"]`);
        if (!input) return;
        const id = `${input.id}-error`;
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', id);
        input.closest('.field').append(el('p', { class: 'field-error', id }, fieldError.message));
      });
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

export function field(id, label, control) {
  return el('div', { class: 'field' }, el('label', { for: id }, label), control);
}

export function when(instant, timeZone) {
  return instant ? formatInstant(instant, timeZone) : '';
}
