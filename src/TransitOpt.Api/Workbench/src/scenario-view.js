// Scenario workbench: start from a saved or blank scenario, change crossings by clicking the map, save, evaluate, compare.
import { ApiError, apiKey, getJson, postJson, putJson, runJob, setApiKey } from './api.js';
import { t, formatNumber, onLanguageChange } from './i18n.js';
import { heatMap, scaleEnd } from './charts.js';
import { crossingList, escapeHtml, showNetwork } from './network.js';
import { byCrossing, showVolumes } from './volumes.js';

export const demandSets = ['small-example', 'corridor-march-2weeks', 'peak-grain-congested'];
const kpis = ['totalCostUsd', 'meanTransitHours', 'p90TransitHours', 'unservedLots', 'co2Kg', 'borderHours'];

const blank = () => ({ id: 'my-scenario', name: '', description: '', changes: [], version: 0 });

export function scenarioView(panel, map) {
  let saved = [];
  let scenario = blank();
  let comparison = null;
  let message = '';
  let demand = demandSets[0];

  async function show() {
    try {
      saved = await getJson('/api/v1/scenarios');
    } catch (error) {
      message = error.message;
    }

    render();
  }

  function describe(change) {
    const op = t(`op.${change.op}`, { value: change.factor ?? change.value });
    return `${op}: ${change.target ?? ''}${change.from ? ` (${change.from}–${change.to ?? ''})` : ''}`;
  }

  function render() {
    panel.innerHTML = `<h2>${t('scenario.heading')}</h2>
      <form id="scenario-form" class="form">
        <label>${t('scenario.start')}<select name="start">
          <option value="">${t('scenario.blank')}</option>
          ${saved.map((s) => `<option value="${escapeHtml(s.id)}"${s.id === scenario.id && scenario.version ? ' selected' : ''}>${escapeHtml(s.name || s.id)}</option>`).join('')}
        </select></label>
        <label>${t('scenario.id')}<input name="id" required pattern="[a-z0-9-]+" value="${escapeHtml(scenario.id)}"></label>
        <label>${t('scenario.name')}<input name="name" value="${escapeHtml(scenario.name)}"></label>
        <label>${t('scenario.description')}<textarea name="description" rows="2">${escapeHtml(scenario.description)}</textarea></label>
        <h3>${t('scenario.changes')}</h3>
        <p class="hint">${t('scenario.hint')}</p>
        <label>${t('scenario.crossing')}<select name="crossing"><option value="">—</option>
          ${crossingList().map((c) => `<option value="${escapeHtml(c.id)}">${escapeHtml(c.name)}</option>`).join('')}</select></label>
        <div id="scenario-crossing-actions"></div>
        <ul id="scenario-changes" class="changes">
          ${scenario.changes.length === 0 ? `<li class="hint">${t('scenario.noChanges')}</li>` : scenario.changes.map((c, i) => `<li>${escapeHtml(describe(c))}
            <button type="button" class="link" data-remove="${i}">${t('scenario.remove')}</button></li>`).join('')}
        </ul>
        <label>${t('apiKey.label')}<input name="apiKey" type="password" autocomplete="off" value="${escapeHtml(apiKey())}"></label>
        <button type="button" id="scenario-save" class="primary">${t('scenario.save')}</button>
        <label>${t('scenario.demand')}<select name="demand">${demandSets.map((d) => `<option${d === demand ? ' selected' : ''}>${d}</option>`).join('')}</select></label>
        <button type="button" id="scenario-evaluate" class="primary"${scenario.version ? '' : ' disabled'}>${t('scenario.evaluate')}</button>
        <progress id="scenario-progress" hidden aria-label="${t('scenario.evaluating')}"></progress>
        <p class="status" role="status" id="scenario-status">${escapeHtml(message)}</p>
      </form>
      <section id="scenario-results" aria-labelledby="scenario-kpis-heading"${comparison ? '' : ' hidden'}>
        <h2 id="scenario-kpis-heading">${t('scenario.kpis')}</h2>
        <table id="scenario-kpis" class="kpis"></table>
        <p id="scenario-changed"></p>
        <h3>${t('scenario.heatBaseline')}</h3>
        <div id="heat-baseline" class="chart chart-tall"></div>
        <h3>${t('scenario.heatScenario')}</h3>
        <div id="heat-scenario" class="chart chart-tall"></div>
        <h3>${t('scenario.marginal')}</h3>
        <ul id="scenario-marginal" class="sentences"></ul>
      </section>`;
    const form = panel.querySelector('#scenario-form');
    form.elements.start.addEventListener('change', () => start(form.elements.start.value));
    form.elements.apiKey.addEventListener('input', () => setApiKey(form.elements.apiKey.value.trim()));
    form.elements.demand.addEventListener('change', () => { demand = form.elements.demand.value; });
    form.elements.crossing.addEventListener('change', () => {
      const id = form.elements.crossing.value;
      panel.querySelector('#scenario-crossing-actions').replaceChildren(...(id ? [crossingActions(id)] : []));
    });
    ['id', 'name', 'description'].forEach((field) => form.elements[field].addEventListener('input', () => { scenario[field] = form.elements[field].value; }));
    panel.querySelectorAll('[data-remove]').forEach((button) => button.addEventListener('click', () => {
      scenario.changes.splice(Number(button.dataset.remove), 1);
      render();
    }));
    panel.querySelector('#scenario-save').addEventListener('click', save);
    panel.querySelector('#scenario-evaluate').addEventListener('click', evaluate);
    if (comparison) {
      showComparison();
    }
  }

  function start(id) {
    const chosen = saved.find((s) => s.id === id);
    scenario = chosen ? structuredClone(chosen) : blank();
    comparison = null;
    message = '';
    render();
    showVolumes(map, null);
    showNetwork(map, chosen ? chosen.id : null);
  }

  function explain(error) {
    return error instanceof ApiError && (error.status === 401 || error.status === 403) ? `${t('error.apiKey')} (${error.message})` : `${t('error.generic')}: ${error.message}`;
  }

  async function save() {
    const body = { id: scenario.id, name: scenario.name || scenario.id, description: scenario.description, changes: scenario.changes };
    try {
      const response = saved.some((s) => s.id === scenario.id)
        ? await putJson(`/api/v1/scenarios/${encodeURIComponent(scenario.id)}`, body)
        : await postJson('/api/v1/scenarios', body);
      scenario = structuredClone(response.body);
      saved = [...saved.filter((s) => s.id !== scenario.id), scenario];
      message = t('scenario.saved', { version: scenario.version });
      await showNetwork(map, scenario.id);
    } catch (error) {
      message = explain(error);
    }

    render();
  }

  async function evaluate() {
    const progress = panel.querySelector('#scenario-progress');
    const status = panel.querySelector('#scenario-status');
    progress.hidden = false;
    status.textContent = t('scenario.evaluating');
    try {
      comparison = await runJob(`/api/v1/scenarios/${encodeURIComponent(scenario.id)}/evaluation`, { demand, timeLimitSeconds: 20 },
        (jobStatus) => { status.textContent = t(`job.${jobStatus}`); });
      message = t('job.succeeded');
    } catch (error) {
      comparison = null;
      message = explain(error);
    }

    render();
  }

  function showComparison() {
    const delta = (v) => `${v > 0 ? '+' : ''}${formatNumber(v, 1)}`;
    panel.querySelector('#scenario-kpis').innerHTML = `<thead><tr><th scope="col">${t('scenario.kpi')}</th><th scope="col">${t('scenario.baseline')}</th>
      <th scope="col">${t('scenario.scenario')}</th><th scope="col">${t('scenario.delta')}</th></tr></thead><tbody>
      ${kpis.map((k) => `<tr><th scope="row">${t(`kpi.${k}`)}</th><td>${formatNumber(comparison.baseline[k], 1)}</td>
        <td>${formatNumber(comparison.result[k], 1)}</td><td class="${comparison.delta[k] > 0 ? 'worse' : comparison.delta[k] < 0 ? 'better' : ''}">${delta(comparison.delta[k])}</td></tr>`).join('')}</tbody>`;
    panel.querySelector('#scenario-changed').textContent = t('scenario.changed', { count: comparison.changedShipments.length });
    const rows = [...new Set(comparison.crossings.map((c) => `${c.crossingId} ${c.direction}`))].sort();
    const days = [...new Set(comparison.crossings.map((c) => c.day))].sort((a, b) => a - b);
    const cells = (used, capacity) => comparison.crossings.map((c) => [days.indexOf(c.day), rows.indexOf(`${c.crossingId} ${c.direction}`),
      c[capacity] > 0 ? Math.min(1, c[used] / c[capacity]) : 1]);
    const baseline = cells('baselineUsed', 'baselineCapacity');
    const result = cells('scenarioUsed', 'scenarioCapacity');
    // One colour scale for both, so the same colour means the same share of capacity.
    const max = scaleEnd(baseline, result);
    heatMap(panel.querySelector('#heat-baseline'), rows, days, baseline, t('scenario.heatBaseline'), max);
    heatMap(panel.querySelector('#heat-scenario'), rows, days, result, t('scenario.heatScenario'), max);
    showVolumes(map, byCrossing(comparison.crossings, 'crossingId', (c) => c.scenarioUsed - c.baselineUsed));
    const marginal = comparison.shadowPrices;
    panel.querySelector('#scenario-marginal').innerHTML = marginal.length
      ? marginal.map((m) => `<li>${escapeHtml(m.sentence)}</li>`).join('') : `<li>${t('scenario.noMarginal')}</li>`;
  }

  /** The scenario actions offered on a crossing's card. */
  function crossingActions(id) {
    const actions = document.createElement('div');
    actions.className = 'card-actions';
    const closed = scenario.changes.some((c) => c.op === 'closeCrossing' && c.target === id);
    actions.innerHTML = `<button type="button" data-op="${closed ? 'openCrossing' : 'closeCrossing'}" class="primary">${t(closed ? 'scenario.reopenCrossing' : 'scenario.closeCrossing')}</button>
      <label>${t('scenario.scaleCapacity')}<input name="factor" type="number" min="0" step="0.1" value="1.5"></label>
      <button type="button" data-op="scaleCapacity">${t('scenario.apply')}</button>
      <label>${t('scenario.setCapacity')}<input name="capacity" type="number" min="0" step="1" value="100"></label>
      <button type="button" data-op="setCapacity">${t('scenario.apply')}</button>
      <label>${t('scenario.setDwell')}<input name="dwell" type="number" min="0" step="1" value="12"></label>
      <button type="button" data-op="setDwell">${t('scenario.apply')}</button>`;
    actions.addEventListener('click', (event) => {
      const op = event.target.dataset?.op;
      if (!op) {
        return;
      }

      if (op === 'openCrossing') {
        scenario.changes = scenario.changes.filter((c) => !(c.op === 'closeCrossing' && c.target === id));
      } else if (op === 'scaleCapacity') {
        scenario.changes.push({ op, target: id, factor: Number(actions.querySelector('[name=factor]').value) });
      } else if (op === 'setCapacity') {
        scenario.changes.push({ op, target: id, value: Number(actions.querySelector('[name=capacity]').value) });
      } else if (op === 'setDwell') {
        scenario.changes.push({ op, target: id, value: Number(actions.querySelector('[name=dwell]').value) });
      } else {
        scenario.changes.push({ op, target: id });
      }

      document.querySelector('.maplibregl-popup')?.remove();
      render();
    });
    return actions;
  }

  function linkActions(id) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'primary';
    button.textContent = t('scenario.closeLink');
    button.addEventListener('click', () => {
      scenario.changes.push({ op: 'closeLink', target: id });
      document.querySelector('.maplibregl-popup')?.remove();
      render();
    });
    return button;
  }

  onLanguageChange(() => { if (panel.dataset.view === 'scenarios') { render(); } });
  return { name: 'scenarios', show, hide() { showVolumes(map, null); }, crossingActions, linkActions };
}
