// The offline base map: Natural Earth 1:50m countries from world-atlas, bundled into the page (no tile server).
import { feature, mesh } from 'topojson-client';
import countries50m from 'world-atlas/countries-50m.json';

// Only the countries and borders around the corridor (Caspian to western China, Iran to Siberia): less to draw.
const region = { west: 35, east: 100, south: 20, north: 62 };
const near = (geometry) => {
  const points = geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat(geometry.type === 'Polygon' ? 1 : 2);
  return points.some(([lon, lat]) => lon >= region.west && lon <= region.east && lat >= region.south && lat <= region.north);
};
const world = feature(countries50m, countries50m.objects.countries);
const countries = { ...world, features: world.features.filter((f) => f.geometry && near(f.geometry)) };
const worldBorders = mesh(countries50m, countries50m.objects.countries, (a, b) => a !== b);
const borders = { ...worldBorders, coordinates: worldBorders.coordinates.filter((line) => near({ type: 'LineString', coordinates: line })) };

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
