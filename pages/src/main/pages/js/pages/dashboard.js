// The journalists' dashboard: the open statistics as charts (Apache ECharts, loaded before this
// module as the global `echarts`), each with its dataset name, asOf, licence, CSV and JSON links, a
// summary for screen readers and a table of the same numbers. A suppressed count is drawn hatched and
// labelled, never as 0; what the disclosure control withheld is said in words next to the chart.
import { api, campaignFromAddress } from '../api.js';
import { campaignTitle, loadCampaign } from '../campaign.js';
import { formatInstant, formatNumber, localized, t } from '../i18n.js';
import { el, frame, loading, showProblem } from '../layout.js';

const campaignId = campaignFromAddress();
const main = frame(campaignId);
const state = { campaign: null, k: 5, dimensions: [], charts: new Map() };

const COLOURS = { valid: '#2b5797', voided: '#b8430f', bar: '#2b5797', suppressed: '#b9b9c1', hatch: '#4a4a52' };
const HATCH = { symbol: 'rect', symbolSize: 1, color: COLOURS.hatch, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4 };

function statsPath(resource = '', query = '') {
  return `/v1/campaigns/${encodeURIComponent(campaignId)}/stats${resource}${query ? `?${query}` : ''}`;
}

function csvPath(resource, query) {
  return resource ? statsPath(`${resource}.csv`, query) : statsPath('.csv', query);
}

function byQuery(dimensions) {
  return dimensions.map((d) => `by=${encodeURIComponent(d)}`).join('&');
}

/** What a hidden count is labelled: "<k" when only counts under k were hidden; "*" once secondary suppression also hid others. */
function hiddenLabel(answer) {
  return answer.disclosure?.secondarySuppression ? '*' : `<${answer.disclosure?.k ?? state.k}`;
}

/** The sentences next to a chart: what is hidden and why, and which totals are withheld. */
function disclosureNotes(answer, hiddenCount, withheldTotals = []) {
  const k = answer.disclosure?.k ?? state.k;
  const notes = [];
  if (hiddenCount > 0 && !answer.disclosure?.secondarySuppression) {
    notes.push(t('dash.hidden.primary', { k, max: k - 1, n: hiddenCount }));
  }
  if (hiddenCount > 0 && answer.disclosure?.secondarySuppression) {
    notes.push(t('dash.hidden.secondary', { k, n: hiddenCount }));
  }
  if (answer.disclosure?.insideWithheld) notes.push(t('dash.hidden.inside'));
  withheldTotals.forEach((name) => notes.push(t('dash.hidden.total', { name })));
  return notes.length
    ? el('div', { class: 'disclosure-notes' }, notes.map((note) => el('p', {}, note)))
    : el('div', { class: 'disclosure-notes' });
}

function meta(answer, resource, query) {
  const zone = state.campaign.timeZone;
  const license = answer.license || {};
  return el('p', { class: 'chart-meta muted' },
    el('span', {}, t('dash.dataset'), ' ', el('code', { class: 'dataset' }, answer.dataset)), ' · ',
    el('span', { class: 'as-of' }, t('dash.asOf', { at: formatInstant(answer.asOf, zone), zone })), ' · ',
    el('span', {}, t('dash.license'), ' ', el('a', { href: license.path, rel: 'license', class: 'license', title: license.title }, license.name)), ' · ',
    el('a', { href: csvPath(resource, query), class: 'csv', download: '' }, t('dash.csv')), ' · ',
    el('a', { href: statsPath(resource, query), class: 'json', type: 'application/json' }, t('dash.json')));
}

function cell(value, { suppressed = false, label = '' } = {}) {
  if (suppressed) return el('td', { class: 'num hidden-count', 'data-suppressed': 'true' }, label);
  return el('td', { class: 'num', 'data-value': value }, value === null || value === undefined ? '' : formatNumber(value));
}

function dataTable(id, headings, rows) {
  return el('details', { class: 'data-table' },
    el('summary', {}, t('dash.table')),
    el('div', { class: 'table-wrap' },
      el('table', { id },
        el('thead', {}, el('tr', {}, headings.map((h, i) => el('th', { scope: 'col', class: i ? 'num' : undefined }, h)))),
        el('tbody', {}, rows))));
}

/** A chart's container: a picture for screen readers, summarised in words; the numbers are in its table. */
function chartBox(id, summary, height) {
  const box = el('div', { id, class: 'chart', role: 'img', 'aria-label': summary });
  box.style.height = `${height}px`;
  return box;
}

function draw(box, option) {
  const previous = state.charts.get(box.id);
  if (previous) previous.dispose();
  if (typeof echarts === 'undefined') return;
  const chart = echarts.init(box, null, { renderer: 'canvas' });
  // richText tooltips are drawn on the canvas: HTML ones would carry inline style attributes the CSP refuses
  const tooltip = option.tooltip ? { ...option.tooltip, renderMode: 'richText', confine: true } : undefined;
  chart.setOption({ animation: false, textStyle: { fontFamily: getComputedStyle(document.documentElement).fontFamily }, ...option, tooltip });
  state.charts.set(box.id, chart);
  new ResizeObserver(() => chart.resize()).observe(box);
}

function section(id, answer, resource, query, ...content) {
  return el('section', { class: 'card chart-card', id, 'aria-labelledby': `${id}-title`, 'data-dataset': answer.dataset },
    el('h2', { id: `${id}-title` }, answer.title), meta(answer, resource, query), ...content);
}

// --- votes per finalist ----------------------------------------------------------------------------

function votesSection(answer) {
  const rows = answer.candidates;
  const names = Object.fromEntries(rows.map((r) => [r.candidateId, r.name]));
  const leader = rows[0];
  const summary = t('dash.votes.summary', {
    n: rows.length, total: formatNumber(answer.total), voided: formatNumber(answer.totalVoided),
    leader: leader ? leader.name : '—', top: formatNumber(leader ? leader.votes : 0)
  });
  const box = chartBox('chart-votes', summary, Math.max(320, rows.length * 24 + 90));
  const table = dataTable('table-votes', [t('dash.col.finalist'), t('dash.col.valid'), t('dash.col.voided')],
    rows.map((r) => el('tr', { 'data-key': r.candidateId },
      el('th', { scope: 'row' }, `${r.name} `, el('span', { class: 'id' }, r.candidateId)), cell(r.votes), cell(r.voided))));
  const container = section('votes', answer, '/votes', '',
    el('p', {}, t('dash.votes.totals', { total: formatNumber(answer.total), voided: formatNumber(answer.totalVoided) }), ' ',
      el('a', { href: `/integrity.html?campaign=${encodeURIComponent(campaignId)}` }, t('nav.integrity'))),
    box, table);
  return [container, () => draw(box, {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (items) => `${names[items[0].name]}\n${items.map((i) => `${i.seriesName}: ${formatNumber(i.value)}`).join('\n')}` },
    legend: { top: 0, data: [t('dash.col.valid'), t('dash.col.voided')] },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.candidateId), axisLabel: { formatter: (id) => names[id] ?? id } },
    series: [
      { name: t('dash.col.valid'), type: 'bar', stack: 'votes', data: rows.map((r) => r.votes), itemStyle: { color: COLOURS.valid } },
      { name: t('dash.col.voided'), type: 'bar', stack: 'votes', data: rows.map((r) => r.voided),
        itemStyle: { color: COLOURS.voided, decal: { symbol: 'circle', symbolSize: 0.6, color: 'rgba(255,255,255,.7)', dashArrayX: [4, 0], dashArrayY: [4, 0] } } }
    ]
  })];
}

// --- vote timeline -----------------------------------------------------------------------------------

function timeLabel(row) {
  if (row.date) return row.date;
  return row.hour.slice(5, 16).replace('T', ' ');
}

function timelineContent(answer, interval) {
  const rows = answer.rows;
  const k = answer.disclosure?.k ?? state.k;
  const total = rows.reduce((sum, r) => sum + (r.votes ?? 0), 0);
  const peak = rows.reduce((best, r) => (best && best.votes >= r.votes ? best : r), null);
  const summary = t(interval === 'day' ? 'dash.timeline.summaryDay' : 'dash.timeline.summaryHour', {
    n: rows.length, total: formatNumber(total), peak: peak ? timeLabel(peak) : '—', top: formatNumber(peak ? peak.votes : 0)
  });
  const box = chartBox('chart-timeline', summary, 300);
  const hiddenVoters = rows.filter((r) => r.suppressed).length;
  const headings = interval === 'day' ? [t('dash.col.day'), t('dash.col.votes'), t('dash.col.voters')] : [t('dash.col.hour'), t('dash.col.votes')];
  const table = dataTable('table-timeline', headings, rows.map((r) => el('tr', { 'data-key': r.date ?? r.hour },
    el('th', { scope: 'row' }, timeLabel(r)), cell(r.votes),
    interval === 'day' ? cell(r.voters, { suppressed: r.suppressed, label: hiddenLabel(answer) }) : null)));
  const notes = interval === 'day' && hiddenVoters
    ? el('div', { class: 'disclosure-notes' }, el('p', {}, t('dash.timeline.hiddenVoters', { k, max: k - 1, n: hiddenVoters })))
    : el('div', { class: 'disclosure-notes' });
  const render = () => draw(box, {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map(timeLabel) },
    yAxis: { type: 'value', minInterval: 1 },
    dataZoom: rows.length > 48 ? [{ type: 'inside' }] : [],
    series: [{ name: t('dash.col.votes'), type: 'bar', data: rows.map((r) => r.votes), barMaxWidth: 48, itemStyle: { color: COLOURS.bar } }]
  });
  return [[notes, box, table], render];
}

function timelineSection(answer) {
  const holder = el('div', { class: 'chart-body' });
  const container = el('section', { class: 'card chart-card', id: 'timeline', 'aria-labelledby': 'timeline-title' });
  const radios = ['day', 'hour'].map((interval) => {
    const input = el('input', { type: 'radio', name: 'interval', id: `interval-${interval}`, value: interval, checked: interval === 'day' });
    input.addEventListener('change', () => { if (input.checked) loadTimeline(interval); });
    return el('label', { class: 'choice', for: `interval-${interval}` }, input, t(`dash.timeline.${interval}`));
  });
  const controls = el('fieldset', { class: 'controls' }, el('legend', {}, t('dash.timeline.interval')), radios);
  async function loadTimeline(interval) {
    try {
      const next = await api(statsPath('/votes/timeline', `interval=${interval}`));
      fill(next, interval);
    } catch (error) {
      showProblem(holder, error);
    }
  }
  function fill(data, interval) {
    const [content, render] = timelineContent(data, interval);
    container.dataset.dataset = data.dataset;
    container.replaceChildren(el('h2', { id: 'timeline-title' }, data.title), meta(data, '/votes/timeline', `interval=${interval}`),
      controls, holder);
    holder.replaceChildren(...content);
    render();
  }
  return [container, () => fill(answer, 'day')];
}

// --- nominations by one dimension -----------------------------------------------------------------

function codeAndName(answer, row, dimension) {
  return { code: row[dimension], name: localized(row[`${dimension}Name`]) || row[dimension] };
}

function oneWayContent(answer, dimension) {
  const k = answer.disclosure?.k ?? state.k;
  const label = hiddenLabel(answer);
  const all = answer.rows.map((row) => ({ ...codeAndName(answer, row, dimension), count: row.count, suppressed: row.suppressed }));
  const total = all.find((r) => r.code === 'total');
  const rows = all.filter((r) => r.code !== 'total');
  const hidden = rows.filter((r) => r.suppressed).length;
  const spoken = rows.map((r) => `${r.name} ${r.suppressed ? t('dash.hiddenSpoken', { label }) : formatNumber(r.count)}`).join(t('dash.separator'));
  const summary = t('dash.nominations.summary', { title: answer.title, items: spoken,
    total: total ? (total.suppressed ? t('dash.hiddenSpoken', { label }) : formatNumber(total.count)) : '—' });
  const box = chartBox('chart-nominations', summary, Math.max(260, rows.length * 30 + 70));
  const table = dataTable('table-nominations', [answer.schema?.fields?.[0]?.title ?? '', t('dash.col.count')],
    all.map((r) => el('tr', { 'data-key': r.code, class: r.code === 'total' ? 'total' : undefined },
      el('th', { scope: 'row' }, r.name), cell(r.count, { suppressed: r.suppressed, label }))));
  const notes = disclosureNotes(answer, hidden, total?.suppressed ? [total.name] : []);
  const render = () => draw(box, {
    tooltip: { trigger: 'item', formatter: (p) => `${p.name}: ${p.data.suppressed ? t('dash.hiddenSpoken', { label }) : formatNumber(p.value)}` },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name) },
    series: [{ type: 'bar', name: answer.title, data: rows.map((r) => (r.suppressed
      ? { value: k - 1, suppressed: true, itemStyle: { color: COLOURS.suppressed, decal: HATCH }, label: { show: true, position: 'right', formatter: label } }
      : { value: r.count, suppressed: false, itemStyle: { color: COLOURS.bar }, label: { show: true, position: 'right', formatter: '{c}' } })) }]
  });
  return [[notes, box, table], render];
}

function dimensionSelect(id, labelKey, dimensions, chosen, onChange) {
  const control = el('select', { id, name: id }, dimensions.map((d) => el('option', { value: d.code, selected: d.code === chosen }, d.title)));
  control.addEventListener('change', () => onChange(control.value));
  return el('div', { class: 'controls' }, el('label', { for: id }, t(labelKey)), control);
}

function nominationsSection(answer) {
  const container = el('section', { class: 'card chart-card', id: 'nominations', 'aria-labelledby': 'nominations-title' });
  const holder = el('div', { class: 'chart-body', 'aria-live': 'polite' });
  let current = 'industry';
  const select = dimensionSelect('dimension', 'dash.nominations.by', state.dimensions, current, async (dimension) => {
    current = dimension;
    try {
      fill(await api(statsPath('/nominations', byQuery([dimension]))), dimension);
    } catch (error) {
      showProblem(holder, error);
    }
  });
  function fill(data, dimension) {
    const [content, render] = oneWayContent(data, dimension);
    container.dataset.dataset = data.dataset;
    const heading = container.querySelector('h2');
    const freshMeta = meta(data, '/nominations', byQuery([dimension]));
    if (heading) {
      heading.textContent = data.title;
      container.querySelector('.chart-meta').replaceWith(freshMeta);
    } else {
      container.replaceChildren(el('h2', { id: 'nominations-title' }, data.title), freshMeta, select, holder);
    }
    holder.replaceChildren(...content);
    render();
  }
  return [container, () => fill(answer, current)];
}

// --- two-way table as a heat map --------------------------------------------------------------------

function twoWayContent(answer, first, second) {
  const label = hiddenLabel(answer);
  const rowsOf = [];
  const columnsOf = [];
  const cells = new Map();
  answer.rows.forEach((row) => {
    const r = codeAndName(answer, row, first);
    const c = codeAndName(answer, row, second);
    if (!rowsOf.some((x) => x.code === r.code)) rowsOf.push(r);
    if (!columnsOf.some((x) => x.code === c.code)) columnsOf.push(c);
    cells.set(`${r.code}|${c.code}`, { count: row.count, suppressed: row.suppressed });
  });
  const insideRows = rowsOf.filter((r) => r.code !== 'total');
  const insideColumns = columnsOf.filter((c) => c.code !== 'total');
  const published = [];
  const hidden = [];
  insideRows.forEach((r, y) => insideColumns.forEach((c, x) => {
    const value = cells.get(`${r.code}|${c.code}`);
    if (!value) return;
    if (value.suppressed) hidden.push([x, y, (answer.disclosure?.k ?? state.k) - 1]);
    else published.push([x, y, value.count]);
  }));
  const withheldTotals = [];
  rowsOf.forEach((r) => columnsOf.forEach((c) => {
    const value = cells.get(`${r.code}|${c.code}`);
    if (value?.suppressed && (r.code === 'total' || c.code === 'total')) {
      withheldTotals.push(r.code === 'total' && c.code === 'total' ? r.name : (r.code === 'total' ? c.name : r.name));
    }
  }));
  const max = Math.max(1, ...published.map((p) => p[2]));
  const summary = t('dash.twoWay.summary', { title: answer.title, rows: insideRows.length, columns: insideColumns.length,
    hidden: hidden.length, max: formatNumber(published.length ? max : 0) });
  const box = chartBox('chart-two-way', summary, Math.max(300, insideRows.length * 40 + 130));
  const table = dataTable('table-two-way', [answer.schema?.fields?.[0]?.title ?? '', ...columnsOf.map((c) => c.name)],
    rowsOf.map((r) => el('tr', { 'data-key': r.code, class: r.code === 'total' ? 'total' : undefined },
      el('th', { scope: 'row' }, r.name),
      columnsOf.map((c) => {
        const value = cells.get(`${r.code}|${c.code}`);
        const td = value ? cell(value.count, { suppressed: value.suppressed, label }) : el('td', { class: 'num' });
        td.dataset.column = c.code;
        return td;
      }))));
  const notes = disclosureNotes(answer, hidden.length, withheldTotals);
  const render = () => draw(box, {
    tooltip: { formatter: (p) => `${insideRows[p.value[1]].name} × ${insideColumns[p.value[0]].name}: ${p.seriesIndex === 1 ? t('dash.hiddenSpoken', { label }) : formatNumber(p.value[2])}` },
    grid: { left: 8, right: 8, top: 8, bottom: 64, containLabel: true },
    xAxis: { type: 'category', data: insideColumns.map((c) => c.name), splitArea: { show: true }, axisLabel: { interval: 0, rotate: insideColumns.length > 4 ? 40 : 0 } },
    yAxis: { type: 'category', inverse: true, data: insideRows.map((r) => r.name), splitArea: { show: true } },
    visualMap: { min: 0, max, calculable: false, text: [formatNumber(max), '0'], orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120, seriesIndex: 0,
      inRange: { color: ['#f1f5fb', '#9db6dc', '#2b5797', '#132b57'] } },
    series: [
      { name: answer.title, type: 'heatmap', data: published, label: { show: true, formatter: (p) => formatNumber(p.value[2]) },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 } },
      { name: t('dash.hiddenName'), type: 'heatmap', data: hidden, label: { show: true, color: '#1b1b1f', fontWeight: 'bold', backgroundColor: '#ffffff', padding: [1, 3], formatter: label },
        itemStyle: { color: COLOURS.suppressed, decal: HATCH, borderColor: '#ffffff', borderWidth: 1 } }
    ]
  });
  return [[notes, box, table], render];
}

function twoWaySection(answer, second) {
  const container = el('section', { class: 'card chart-card', id: 'two-way', 'aria-labelledby': 'two-way-title' });
  const holder = el('div', { class: 'chart-body', 'aria-live': 'polite' });
  let current = second;
  const others = state.dimensions.filter((d) => d.code !== 'industry' && d.pairedWithIndustry);
  const select = dimensionSelect('second-dimension', 'dash.twoWay.by', others, current, async (dimension) => {
    current = dimension;
    try {
      fill(await api(statsPath('/nominations', byQuery(['industry', dimension]))), dimension);
    } catch (error) {
      showProblem(holder, error);
    }
  });
  function fill(data, dimension) {
    const [content, render] = twoWayContent(data, 'industry', dimension);
    container.dataset.dataset = data.dataset;
    const heading = container.querySelector('h2');
    const freshMeta = meta(data, '/nominations', byQuery(['industry', dimension]));
    if (heading) {
      heading.textContent = data.title;
      container.querySelector('.chart-meta').replaceWith(freshMeta);
    } else {
      container.replaceChildren(el('h2', { id: 'two-way-title' }, data.title), freshMeta,
        el('p', { class: 'muted' }, t('dash.twoWay.rows')), select, holder);
    }
    holder.replaceChildren(...content);
    render();
  }
  return [container, () => fill(answer, current)];
}

// --- the data package and the snapshots ----------------------------------------------------------

function packageSection(pack) {
  const snapshots = pack.snapshots || [];
  const license = pack.licenses?.[0] || {};
  return el('section', { class: 'card', id: 'data-package', 'aria-labelledby': 'data-package-title' },
    el('h2', { id: 'data-package-title' }, t('dash.package.title')),
    el('p', {}, t('dash.package.intro', { n: pack.resources.length }), ' ',
      el('a', { href: statsPath('/datapackage.json'), id: 'datapackage-link', type: 'application/json' }, 'datapackage.json'), ' · ',
      t('dash.license'), ' ', el('a', { href: license.path, rel: 'license' }, license.name)),
    el('p', { class: 'muted' }, t('dash.package.cite')),
    el('h3', {}, t('dash.snapshots.title')),
    snapshots.length
      ? el('ul', { id: 'snapshots' }, snapshots.map((s) => el('li', { 'data-date': s.date },
        t('dash.snapshots.item', { date: s.date, at: formatInstant(s.takenAt, state.campaign.timeZone) }), ' ',
        el('a', { href: statsPath(`/snapshots/${encodeURIComponent(s.date)}`), type: 'application/json' }, t('dash.json')), ' · ',
        el('a', { href: statsPath(`/snapshots/${encodeURIComponent(s.date)}.csv`), download: '' }, t('dash.csv')))))
      : el('p', { id: 'snapshots', class: 'empty' }, t('dash.snapshots.none')));
}

/** The dimensions the data package lists: one-way tables, and which pair with industry. */
function dimensionsOf(pack) {
  const oneWay = [];
  const pairs = new Set();
  pack.resources.forEach((resource) => {
    if (resource.name.startsWith('snapshot-')) return;
    const url = new URL(resource.path, location.href);
    if (!url.pathname.endsWith('/nominations.csv')) return;
    const by = url.searchParams.getAll('by');
    if (by.length === 1) oneWay.push({ code: by[0], title: resource.schema?.fields?.[0]?.title || by[0] });
    if (by.length === 2 && by[0] === 'industry') pairs.add(by[1]);
  });
  return oneWay.map((d) => ({ ...d, pairedWithIndustry: pairs.has(d.code) }));
}

async function show() {
  if (!campaignId) {
    main.replaceChildren(el('p', { class: 'problem' }, t('common.campaignMissing')));
    return;
  }
  loading(main);
  try {
    const [campaign, pack] = await Promise.all([loadCampaign(campaignId), api(statsPath('/datapackage.json'))]);
    state.campaign = campaign;
    state.dimensions = dimensionsOf(pack);
    const second = state.dimensions.find((d) => d.code === 'category' && d.pairedWithIndustry)?.code
      ?? state.dimensions.find((d) => d.code !== 'industry' && d.pairedWithIndustry)?.code;
    const [votes, timeline, nominations, twoWay] = await Promise.all([
      api(statsPath('/votes')), api(statsPath('/votes/timeline', 'interval=day')),
      api(statsPath('/nominations', byQuery(['industry']))), api(statsPath('/nominations', byQuery(['industry', second])))]);
    state.k = votes.disclosure?.k ?? nominations.disclosure?.k ?? 5;
    const parts = [votesSection(votes), timelineSection(timeline), nominationsSection(nominations), twoWaySection(twoWay, second)];
    const heading = campaignTitle(campaign);
    document.title = `${t('dash.title')} · ${document.title}`;
    main.replaceChildren(heading,
      el('p', { class: 'lead' }, t('dash.intro')),
      el('p', { class: 'rules', id: 'disclosure-rule' }, t('dash.rule', { k: state.k, max: state.k - 1 })),
      ...parts.map(([node]) => node), packageSection(pack));
    parts.forEach(([, render]) => render());
    main.dataset.ready = 'true';
  } catch (error) {
    showProblem(main, error);
  }
}

show();
