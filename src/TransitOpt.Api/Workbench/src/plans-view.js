// Plans: a bundled demand set planned as a job, its cost against the greedy baseline and the busiest crossings by day.
import { ApiError, apiKey, runJob, setApiKey } from './api.js';
import { t, formatNumber, onLanguageChange } from './i18n.js';
import { heatMap } from './charts.js';
import { escapeHtml } from './network.js';
import { demandSets } from './scenario-view.js';
import { byCrossing, showVolumes } from './volumes.js';

export function plansView(panel, map) {
  let plan = null;
  let demand = demandSets[0];
  let message = '';

  function render() {
    panel.innerHTML = `<h2>${t('plan.heading')}</h2>
      <form id="plan-form" class="form">
        <label>${t('scenario.demand')}<select name="demand">${demandSets.map((d) => `<option${d === demand ? ' selected' : ''}>${d}</option>`).join('')}</select></label>
        <label>${t('apiKey.label')}<input name="apiKey" type="password" autocomplete="off" value="${escapeHtml(apiKey())}"></label>
        <button type="submit" class="primary">${t('plan.run')}</button>
        <progress id="plan-progress" hidden aria-label="${t('plan.run')}"></progress>
        <p class="status" role="status" id="plan-status">${escapeHtml(message)}</p>
      </form>
      <section id="plan-results"${plan ? '' : ' hidden'}>
        <table class="kpis" id="plan-kpis"></table>
        <h3>${t('plan.utilisation')}</h3>
        <div id="plan-heat" class="chart chart-tall"></div>
      </section>`;
    const form = panel.querySelector('#plan-form');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      demand = form.elements.demand.value;
      setApiKey(form.elements.apiKey.value.trim());
      run();
    });
    if (plan) {
      showPlan();
    }
  }

  async function run() {
    panel.querySelector('#plan-progress').hidden = false;
    const status = panel.querySelector('#plan-status');
    try {
      plan = await runJob('/api/v1/plans', { demand, timeLimitSeconds: 20 }, (s) => { status.textContent = t(`job.${s}`); });
      message = t('job.succeeded');
    } catch (error) {
      plan = null;
      message = error instanceof ApiError && (error.status === 401 || error.status === 403) ? t('error.apiKey') : `${t('error.generic')}: ${error.message}`;
    }

    render();
  }

  function showPlan() {
    panel.querySelector('#plan-kpis').innerHTML = `<tbody>
      <tr><th scope="row">${t('plan.status')}</th><td>${t(`planStatus.${plan.status}`)}</td></tr>
      <tr><th scope="row">${t('plan.objective')}</th><td>${formatNumber(plan.objectiveUsd)}</td></tr>
      <tr><th scope="row">${t('plan.baseline')}</th><td>${formatNumber(plan.baseline?.objectiveUsd ?? 0)}</td></tr>
      <tr><th scope="row">${t('plan.gap')}</th><td>${formatNumber((plan.gap ?? 0) * 100, 2)} %</td></tr></tbody>`;
    const crossings = (plan.utilisation ?? []).filter((u) => u.kind === 'crossing' && u.capacity > 0);
    const busiest = Object.entries(crossings.reduce((sums, u) => ({ ...sums, [`${u.resourceId} ${u.direction}`]: (sums[`${u.resourceId} ${u.direction}`] ?? 0) + u.used }), {}))
      .sort((a, b) => b[1] - a[1]).slice(0, 12).map(([row]) => row).sort();
    const days = [...new Set(crossings.map((u) => u.day))].sort((a, b) => a - b);
    const cells = crossings.filter((u) => busiest.includes(`${u.resourceId} ${u.direction}`))
      .map((u) => [days.indexOf(u.day), busiest.indexOf(`${u.resourceId} ${u.direction}`), Math.min(1, u.used / u.capacity)]);
    heatMap(panel.querySelector('#plan-heat'), busiest, days, cells, t('plan.utilisation'));
    showVolumes(map, byCrossing(crossings, 'resourceId', (u) => u.used));
  }

  onLanguageChange(() => { if (panel.dataset.view === 'plans') { render(); } });
  return { name: 'plans', show: render, hide() { showVolumes(map, null); } };
}
