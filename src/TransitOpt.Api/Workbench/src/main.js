// The workbench: one map, three views (routes, scenarios, plans) chosen by the URL's hash, two languages.
import * as maplibregl from 'maplibre-gl';
import { baseStyle } from './basemap.js';
import { crossingCard, legend, linkCard, openCard, showNetwork } from './network.js';
import { currentLanguage, onLanguageChange, setLanguage, translate } from './i18n.js';
import { routesView } from './routes-view.js';
import { scenarioView } from './scenario-view.js';
import { plansView } from './plans-view.js';

// MapLibre's worker is bundled beside the page: nothing is loaded from any other origin.
maplibregl.setWorkerUrl(new URL('maplibre-gl-worker.mjs', import.meta.url).href);

const panel = document.getElementById('panel');
const map = new maplibregl.Map({
  container: 'map',
  style: baseStyle,
  center: [67.5, 42],
  zoom: 4.2,
  attributionControl: { compact: false },
});
map.addControl(new maplibregl.NavigationControl({ showCompass: false }));
// The map, for the browser console and the browser tests (which click features at their projected position).
window.workbenchMap = map;

const views = {};
let active = null;

function route() {
  const [name, query] = location.hash.replace(/^#/, '').split('?');
  const view = views[name] ?? views.routes;
  if (active && active !== view) {
    active.hide();
  }

  active = view;
  panel.dataset.view = view.name;
  document.querySelectorAll('.tab').forEach((tab) => tab.setAttribute('aria-current', tab.dataset.view === view.name ? 'page' : 'false'));
  view.show(query ? new URLSearchParams(query) : null);
}

map.on('load', async () => {
  await showNetwork(map, null);
  views.routes = routesView(panel, map);
  views.scenarios = scenarioView(panel, map);
  views.plans = plansView(panel, map);
  for (const layer of ['crossings', 'links']) {
    map.on('mouseenter', layer, () => { map.getCanvas().style.cursor = 'pointer'; });
    map.on('mouseleave', layer, () => { map.getCanvas().style.cursor = ''; });
  }

  map.on('click', (event) => {
    const [hit] = map.queryRenderedFeatures(event.point, { layers: ['crossings', 'links'] });
    if (!hit) {
      return;
    }

    const editing = active === views.scenarios;
    if (hit.properties.kind === 'crossing') {
      openCard(map, event.lngLat, crossingCard(hit.properties.id), editing ? views.scenarios.crossingActions(hit.properties.id) : null);
    } else {
      openCard(map, event.lngLat, linkCard(hit.properties), editing ? views.scenarios.linkActions(hit.properties.id) : null);
    }
  });
  document.querySelectorAll('.tab').forEach((tab) => tab.addEventListener('click', () => { location.hash = tab.dataset.view; }));
  window.addEventListener('hashchange', route);
  route();
  document.body.dataset.ready = 'true';
});

const languageSelect = document.getElementById('language');
languageSelect.value = currentLanguage();
languageSelect.addEventListener('change', () => setLanguage(languageSelect.value));
onLanguageChange(() => legend(document.getElementById('legend')));
translate();
legend(document.getElementById('legend'));
