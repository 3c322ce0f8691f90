// The corridor network on the map: links by mode and status, crossings sized by capacity, a card for each on click.
import * as maplibregl from 'maplibre-gl';
import { getJson } from './api.js';
import { t, formatNumber } from './i18n.js';

export const colours = { rail: '#6b3fa0', road: '#d9822b', closed: '#c0392b', planned: '#7f8c8d', seasonal: '#2a7ab0' };

/** Today's local date (YYYY-MM-DD) to mark what is closed today. */
const today = new Date().toISOString().slice(0, 10);

function closedToday(properties) {
  return (properties.closedPeriods ?? []).some((period) => period.from <= today && today <= period.to);
}

/** Adds flat properties MapLibre expressions can use: the display status and the larger direction's capacity. */
function prepare(collection) {
  for (const f of collection.features) {
    const p = f.properties;
    p.display = closedToday(p) ? 'closed' : p.status === 'planned' || p.status === 'underConstruction' ? 'planned'
      : p.status === 'closed' ? 'closed' : (p.closedMonths ?? []).length > 0 ? 'seasonal' : 'open';
    if (p.kind === 'crossing') {
      p.capacity = Math.max(...p.capacityPerDay);
    }
  }

  return collection;
}

const layers = [
  {
    id: 'links', type: 'line', source: 'network', filter: ['==', ['get', 'kind'], 'link'],
    paint: {
      'line-color': ['match', ['get', 'display'], 'closed', colours.closed, 'planned', colours.planned, 'seasonal', colours.seasonal,
        ['match', ['get', 'mode'], 'rail', colours.rail, colours.road]],
      'line-width': ['match', ['get', 'mode'], 'rail', 2.2, 1.4],
      'line-dasharray': ['match', ['get', 'display'], 'planned', ['literal', [2, 2]], ['literal', [1, 0]]],
    },
  },
  {
    id: 'crossings', type: 'circle', source: 'network', filter: ['==', ['get', 'kind'], 'crossing'],
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'capacity']], 0, 4, 50, 14],
      'circle-color': ['match', ['get', 'display'], 'closed', colours.closed, 'planned', colours.planned, 'seasonal', colours.seasonal, '#ffffff'],
      'circle-stroke-color': ['match', ['get', 'mode'], 'rail', colours.rail, colours.road],
      'circle-stroke-width': 2.5,
    },
  },
];

const crossingPositions = new Map();
const crossingNames = new Map();

/** Where a crossing is drawn, [lon, lat], or undefined. */
export function crossingPosition(id) {
  return crossingPositions.get(id);
}

/** Every crossing of the network drawn last, { id, name } by name. */
export function crossingList() {
  return [...crossingNames].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** Draws (or redraws, for a scenario) the network; resolves when the data is on the map. */
export async function showNetwork(map, scenario) {
  const url = scenario ? `/api/v1/network/geojson?scenario=${encodeURIComponent(scenario)}` : '/api/v1/network/geojson';
  const data = prepare(await getJson(url));
  data.features.filter((f) => f.properties.kind === 'crossing').forEach((f) => {
    crossingPositions.set(f.properties.id, f.geometry.coordinates);
    crossingNames.set(f.properties.id, `${f.properties.name} (${f.properties.mode})`);
  });
  const source = map.getSource('network');
  if (source) {
    source.setData(data);
    return data;
  }

  map.addSource('network', { type: 'geojson', data });
  layers.forEach((layer) => map.addLayer(layer));
  return data;
}

function row(label, value) {
  return value === undefined || value === null || value === '' ? '' : `<tr><th scope="row">${label}</th><td>${escapeHtml(String(value))}</td></tr>`;
}

export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** The card of a crossing, from GET /api/v1/network/crossings/{id}. */
export async function crossingCard(id) {
  const c = await getJson(`/api/v1/network/crossings/${encodeURIComponent(id)}`);
  const pair = (a, b, digits = 0) => `${formatNumber(a, digits)} / ${formatNumber(b, digits)}`;
  const closures = c.closedPeriods.map((p) => `${p.from}–${p.to}: ${p.reason}`).join('; ');
  const delays = c.delays
    .map((d) => `${t('card.months')} ${d.months.join(', ')}: ${pair(d.p50HoursAToB, d.p90HoursAToB, 1)} · ${pair(d.p50HoursBToA, d.p90HoursBToA, 1)}`)
    .join('; ');
  return `<h2 class="card-title">${escapeHtml(c.name)}</h2>
    <p class="card-sub">${escapeHtml(c.countries.join('–'))} · ${t(`mode.${c.mode}`)}</p>
    <table class="card">
      ${row(t('card.status'), t(`status.${c.status}`))}
      ${row(t('card.hours'), c.hours)}
      ${row(t('card.admission'), t(`admission.${c.admission}`))}
      ${row(t('card.capacity'), pair(c.capacityPerDayAToB, c.capacityPerDayBToA))}
      ${row(t('card.dwell'), pair(c.dwellHoursAToB, c.dwellHoursBToA, 1))}
      ${row(t('card.delay'), delays)}
      ${row(t('card.fees'), pair(c.feeUsdAToB, c.feeUsdBToA))}
      ${row(t('card.customs'), t(`customs.${c.customs}`))}
      ${row(t('card.seasonal'), c.closedMonths.join(', '))}
      ${row(t('card.closures'), closures)}
      ${row(t('card.sources'), c.source)}
      ${row(t('card.notes'), c.notes)}
    </table>`;
}

/** The card of a link, from its GeoJSON properties. */
export function linkCard(p) {
  return `<h2 class="card-title">${escapeHtml(p.name ?? p.id)}</h2>
    <p class="card-sub">${t(`mode.${p.mode}`)} · ${t(`status.${p.status}`)}</p>
    <table class="card">
      ${row(t('card.length'), formatNumber(p.lengthKm))}
      ${row(t('card.speed'), formatNumber(p.speedKmh))}
      ${row(t('card.sources'), p.source)}
    </table>`;
}

/** Opens a popup whose HTML content is given (or promised). */
export async function openCard(map, lngLat, html, extra) {
  const content = document.createElement('div');
  content.className = 'card-content';
  content.innerHTML = t('card.loading');
  const popup = new maplibregl.Popup({ maxWidth: '360px' }).setLngLat(lngLat).setDOMContent(content).addTo(map);
  content.innerHTML = await html;
  if (extra) {
    content.appendChild(extra);
  }

  return popup;
}

export function legend(element) {
  const item = (colour, key, shape = 'line') => `<li><span class="swatch ${shape}" style="--swatch:${colour}"></span>${t(key)}</li>`;
  element.innerHTML = `<ul>
    ${item(colours.rail, 'legend.rail')}${item(colours.road, 'legend.road')}${item(colours.planned, 'legend.planned')}
    ${item(colours.seasonal, 'legend.seasonal')}${item(colours.closed, 'legend.closed')}${item('#ffffff', 'legend.crossing', 'dot')}
    ${item('rgba(26, 152, 80, 0.45)', 'legend.more', 'dot')}${item('rgba(192, 57, 43, 0.45)', 'legend.fewer', 'dot')}
  </ul>`;
}
