// Volumes through border crossings drawn on the map: a plan's vehicles, or a scenario's change against the baseline.
import { crossingPosition } from './network.js';

const layer = 'crossing-volumes';

/**
 * Circles at crossings with area by vehicles: green for vehicles sent (a plan's, or a scenario's more than the
 * baseline's), red for fewer. volumes maps crossing id to vehicles (negative: fewer); null clears the layer.
 */
export function showVolumes(map, volumes) {
  const features = Object.entries(volumes ?? {}).filter(([id, value]) => value !== 0 && crossingPosition(id))
    .map(([id, value]) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: crossingPosition(id) }, properties: { id, value, size: Math.abs(value) } }));
  const data = { type: 'FeatureCollection', features };
  if (map.getSource(layer)) {
    map.getSource(layer).setData(data);
  } else {
    map.addSource(layer, { type: 'geojson', data });
    map.addLayer({
      id: layer, type: 'circle', source: layer,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'size']], 0, 3, 40, 40],
        'circle-color': ['case', ['<', ['get', 'value'], 0], '#c0392b', '#1a9850'],
        'circle-opacity': 0.45,
        'circle-stroke-color': '#1f2328',
        'circle-stroke-width': 1,
      },
    }, 'crossings');
  }

  map.getContainer().dataset.volumes = String(features.length);
}

/** Sums vehicles by crossing over days and directions. */
export function byCrossing(rows, id, value) {
  return rows.reduce((sums, row) => ({ ...sums, [row[id]]: (sums[row[id]] ?? 0) + value(row) }), {});
}
