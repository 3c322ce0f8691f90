// Route planner: the query form (with type-ahead), the alternatives on the map and in a list, the selected route's charts.
import { LngLatBounds } from 'maplibre-gl';
import { getJson, postJson } from './api.js';
import { t, formatNumber, formatTime, onLanguageChange } from './i18n.js';
import { timelineChart, timeDistanceChart } from './charts.js';
import { escapeHtml } from './network.js';

const routeColours = ['#1b9e77', '#e7298a', '#1f1f1f', '#66a61e', '#a6761d'];
const cargoKinds = ['container', 'bulk', 'general', 'reefer', 'hazardous', 'oversize'];
const units = ['teu', 'tonnes', 'wagons', 'trucks'];
const objectives = ['balanced', 'cost', 'time'];
const defaults = { origin: 'Kostanay', destination: 'Dushanbe', kind: 'container', quantity: '40', unit: 'teu', departure: '2026-03-03T08:00', modes: 'rail,road', objective: 'balanced', avoid: '', avoidCrossings: '' };

/** A comma-separated field as upper-case codes or ids, or undefined when empty. */
const list = (text) => (text ? text.split(',').map((item) => item.trim().toUpperCase()).filter(Boolean) : undefined);
const options = (values, prefix, selected) => values.map((v) => `<option value="${v}"${v === selected ? ' selected' : ''}>${t(`${prefix}.${v}`)}</option>`).join('');

export function routesView(panel, map) {
  let routes = [];
  let selected = 0;
  let query = { ...defaults };

  function render() {
    panel.innerHTML = `<h2>${t('route.heading')}</h2>
      <form id="route-form" class="form">
        <label>${t('route.origin')}<input name="origin" list="places-origin" autocomplete="off" required value="${escapeHtml(query.origin)}"></label>
        <datalist id="places-origin"></datalist>
        <label>${t('route.destination')}<input name="destination" list="places-destination" autocomplete="off" required value="${escapeHtml(query.destination)}"></label>
        <datalist id="places-destination"></datalist>
        <div class="row">
          <label>${t('route.cargoKind')}<select name="kind">${options(cargoKinds, 'cargo', query.kind)}</select></label>
          <label>${t('route.quantity')}<input name="quantity" type="number" min="0.1" step="any" required value="${escapeHtml(query.quantity)}"></label>
          <label>${t('route.unit')}<select name="unit">${options(units, 'unit', query.unit)}</select></label>
        </div>
        <label>${t('route.departure')}<input name="departure" type="datetime-local" required value="${escapeHtml(query.departure)}"></label>
        <fieldset class="row"><legend>${t('route.modes')}</legend>
          ${['rail', 'road'].map((m) => `<label class="check"><input type="checkbox" name="modes" value="${m}"${query.modes.split(',').includes(m) ? ' checked' : ''}>${t(`mode.${m}`)}</label>`).join('')}
        </fieldset>
        <label>${t('route.objective')}<select name="objective">${options(objectives, 'objective', query.objective)}</select></label>
        <label>${t('route.avoid')}<input name="avoid" value="${escapeHtml(query.avoid)}" autocomplete="off"></label>
        <label>${t('route.avoidCrossings')}<input name="avoidCrossings" value="${escapeHtml(query.avoidCrossings)}" autocomplete="off"></label>
        <button type="submit" class="primary">${t('route.search')}</button>
        <p class="status" role="status" id="route-status"></p>
      </form>
      <section aria-labelledby="route-list-heading" id="route-results" hidden>
        <h2 id="route-list-heading">${t('route.alternatives')}</h2>
        <ol id="route-list" class="route-list"></ol>
        <p><a id="route-share" href="#">${t('route.share')}</a></p>
        <h3>${t('route.timeline')}</h3>
        <div id="route-timeline" class="chart chart-short"></div>
        <h3>${t('route.timeDistance')}</h3>
        <div id="route-time-distance" class="chart"></div>
      </section>`;
    const form = panel.querySelector('#route-form');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      query = readForm(form);
      location.hash = `routes?${new URLSearchParams(query)}`;
      search();
    });
    ['origin', 'destination'].forEach((name) => typeAhead(form.elements[name], panel.querySelector(`#places-${name}`)));
    if (routes.length) {
      showResults();
    }
  }

  function readForm(form) {
    const data = new FormData(form);
    return {
      origin: data.get('origin').trim(), destination: data.get('destination').trim(), kind: data.get('kind'),
      quantity: data.get('quantity'), unit: data.get('unit'), departure: data.get('departure'),
      modes: data.getAll('modes').join(','), objective: data.get('objective'), avoid: data.get('avoid').trim(),
      avoidCrossings: data.get('avoidCrossings').trim(),
    };
  }

  async function search() {
    const status = panel.querySelector('#route-status');
    status.textContent = t('route.searching');
    try {
      const response = await postJson('/api/v1/routes', {
        origin: query.origin, destination: query.destination,
        cargo: { kind: query.kind, quantity: Number(query.quantity), unit: query.unit },
        departure: query.departure, modes: query.modes ? query.modes.split(',') : undefined, objective: query.objective,
        avoidCountries: list(query.avoid), avoidCrossings: list(query.avoidCrossings), alternatives: 3,
      });
      routes = response.body.routes;
      selected = 0;
      status.textContent = routes.length ? '' : t('route.none');
      showResults();
    } catch (error) {
      routes = [];
      status.textContent = `${t('error.generic')}: ${error.message}`;
      drawRoutes();
    }
  }

  function showResults() {
    panel.querySelector('#route-results').hidden = routes.length === 0;
    panel.querySelector('#route-share').href = `#routes?${new URLSearchParams(query)}`;
    const list = panel.querySelector('#route-list');
    list.innerHTML = routes.map((r, i) => `<li>
      <button type="button" class="route-item${i === selected ? ' selected' : ''}" aria-pressed="${i === selected}" data-index="${i}">
        <span class="swatch line" style="--swatch:${routeColours[i]}"></span>
        <strong>${escapeHtml(r.summary)}</strong>
        <span class="facts">${t('route.eta')} ${formatTime(r.arrival)} · ${t('route.etaP90')} ${formatTime(r.arrivalP90)}<br>
        ${t('route.cost')} ${formatNumber(r.cost.totalUsd)} ${t('unit.usd')} · ${t('route.co2')} ${formatNumber(r.co2Kg)} ${t('unit.kg')} · ${t('route.distance')} ${formatNumber(r.distanceKm)} ${t('unit.km')}</span>
      </button></li>`).join('');
    list.querySelectorAll('button').forEach((button) => button.addEventListener('click', () => {
      selected = Number(button.dataset.index);
      showResults();
    }));
    drawRoutes();
    if (routes.length) {
      timelineChart(panel.querySelector('#route-timeline'), routes[selected]);
      timeDistanceChart(panel.querySelector('#route-time-distance'), routes[selected]);
    }
  }

  /** Puts the alternatives on the map, frames them, and records on the map element how many it drew once rendered. */
  function drawRoutes() {
    const data = {
      type: 'FeatureCollection',
      features: routes.filter((r) => r.geometry).map((r, i) => ({
        type: 'Feature', geometry: r.geometry, properties: { colour: routeColours[i], selected: i === selected ? 1 : 0 },
      })),
    };
    if (map.getSource('routes')) {
      map.getSource('routes').setData(data);
    } else {
      map.addSource('routes', { type: 'geojson', data });
      map.addLayer({
        id: 'routes', type: 'line', source: 'routes', layout: { 'line-cap': 'round', 'line-join': 'round', 'line-sort-key': ['get', 'selected'] },
        paint: { 'line-color': ['get', 'colour'], 'line-width': ['case', ['==', ['get', 'selected'], 1], 7, 4], 'line-opacity': 0.85 },
      }, 'crossings');
    }

    const container = map.getContainer();
    delete container.dataset.routesDrawn;
    const points = data.features.flatMap((f) => f.geometry.coordinates.flat());
    if (points.length) {
      const bounds = points.reduce((b, p) => b.extend(p), new LngLatBounds(points[0], points[0]));
      map.fitBounds(bounds, { padding: { top: 40, right: 60, bottom: 60, left: 60 }, animate: false });
    }

    map.once('idle', () => {
      const drawn = new Set(map.queryRenderedFeatures({ layers: ['routes'] }).map((f) => f.properties.colour));
      container.dataset.routesDrawn = String(drawn.size);
    });
  }

  onLanguageChange(() => { if (panel.dataset.view === 'routes') { render(); } });
  return {
    name: 'routes',
    show(params) {
      if (params && params.get('origin')) {
        query = { ...defaults, ...Object.fromEntries(params) };
        render();
        search();
        return;
      }

      render();
    },
    hide() {
      routes = [];
      if (map.getSource('routes')) {
        drawRoutes();
      }
    },
  };
}

/** Suggestions from GET /api/v1/network/nodes?q= (names, other spellings, ids; the server tolerates misspellings). */
function typeAhead(input, list) {
  let pending = 0;
  input.addEventListener('input', async () => {
    const text = input.value.trim();
    if (text.length < 2) {
      return;
    }

    const ticket = ++pending;
    const places = await getJson(`/api/v1/network/nodes?q=${encodeURIComponent(text)}`);
    if (ticket === pending) {
      list.innerHTML = places.slice(0, 10).map((p) => `<option value="${escapeHtml(p.name)}">${escapeHtml(`${p.name} (${p.country}, ${p.id})`)}</option>`).join('');
    }
  });
}
