// The offline base map: Natural Earth 1:50m countries from world-atlas, bundled into the page (no tile server).
import { feature, mesh } from 'topojson-client';
import countries50m from 'world-atlas/countries-50m.json';

const countries = feature(countries50m, countries50m.objects.countries);
const borders = mesh(countries50m, countries50m.objects.countries, (a, b) => a !== b);

/** A MapLibre style with no glyphs, sprites or tiles: water as background, countries as polygons, borders as lines. */
export const baseStyle = {
  version: 8,
  sources: {
    countries: { type: 'geojson', data: countries, attribution: 'Natural Earth' },
    borders: { type: 'geojson', data: borders },
  },
  layers: [
    { id: 'water', type: 'background', paint: { 'background-color': '#c9dbe8' } },
    { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f3f1ea', 'fill-outline-color': '#d6d2c4' } },
    { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#8c8577', 'line-width': 1, 'line-dasharray': [3, 2] } },
  ],
};
