// Charts with Apache ECharts (tree-shaken): the border timeline, the time/cost–distance series and utilisation heat maps.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { t, formatNumber } from './i18n.js';

echarts.use([BarChart, HeatmapChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

const segmentColours = { travel: '#6b3fa0', border: '#c0392b', transshipment: '#d9822b' };

function chartIn(element, option, label) {
  echarts.getInstanceByDom(element)?.dispose();
  element.setAttribute('role', 'img');
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  // ECharts writes the aria-label; the description comes from the page's dictionary, so it follows the language.
  chart.setOption({ animation: false, aria: { enabled: true, label: { description: label } }, ...option });
  return chart;
}

/** The route's time line split at each event: travel, border (wait and dwell, with its reason) and transshipment. */
export function timelineSegments(route) {
  const events = route.timeCostDistance;
  const crossings = [...route.borderCrossings];
  const segments = [];
  for (let i = 0; i + 1 < events.length; i++) {
    const from = events[i];
    const hours = events[i + 1].hours - from.hours;
    const kind = from.event === 'border' ? 'border' : from.event === 'transshipment' ? 'transshipment' : 'travel';
    const crossing = kind === 'border' ? crossings.shift() : null;
    const name = crossing ? crossing.name : `${from.at} → ${events[i + 1].at}`;
    const reason = crossing?.waitReason ?? '';
    if (hours > 0) {
      segments.push({ kind, name, reason, hours });
    }
  }

  return segments;
}

export function timelineChart(element, route) {
  const segments = timelineSegments(route);
  const h = t('unit.h');
  return chartIn(element, {
    grid: { left: 10, right: 20, top: 30, bottom: 40, containLabel: true },
    legend: { data: ['travel', 'border', 'transshipment'].map((k) => ({ name: t(`timeline.${k}`), itemStyle: { color: segmentColours[k] } })), top: 0 },
    tooltip: { formatter: (p) => `${p.data.segment.name}<br>${formatNumber(p.value, 1)} ${h}${p.data.segment.reason ? `<br>${p.data.segment.reason}` : ''}` },
    xAxis: { type: 'value', name: t('timeline.hours'), nameLocation: 'middle', nameGap: 25 },
    yAxis: { type: 'category', data: [`#${route.rank}`] },
    series: segments.map((segment) => ({
      type: 'bar', stack: 'route', name: t(`timeline.${segment.kind}`), barWidth: 28,
      itemStyle: { color: segmentColours[segment.kind], borderColor: '#fff', borderWidth: 1 },
      data: [{ value: segment.hours, segment }],
    })),
  }, `${t('route.timeline')}: ${segments.map((s) => `${s.name} ${formatNumber(s.hours, 1)} ${h}`).join(', ')}`);
}

export function timeDistanceChart(element, route) {
  const points = route.timeCostDistance;
  return chartIn(element, {
    grid: { left: 10, right: 10, top: 55, bottom: 40, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', name: t('timeline.km'), nameLocation: 'middle', nameGap: 25 },
    yAxis: [{ type: 'value', name: t('timeline.cumHours') }, { type: 'value', name: t('timeline.cumUsd') }],
    series: [
      { type: 'line', name: t('timeline.cumHours'), data: points.map((p) => [p.km, p.hours]), color: '#6b3fa0' },
      { type: 'line', name: t('timeline.cumUsd'), yAxisIndex: 1, data: points.map((p) => [p.km, p.usd]), color: '#d9822b' },
    ],
  }, t('route.timeDistance'));
}

/** The end of a heat map's colour scale: the busiest cell (at least 10 %), so light use still shows. */
export function scaleEnd(...cellSets) {
  return Math.max(0.1, ...cellSets.flat().map((c) => c[2]));
}

/** A heat map of share of capacity used, one row per crossing and direction, one column per day; max ends the scale. */
export function heatMap(element, rows, days, cells, label, max = scaleEnd(cells)) {
  return chartIn(element, {
    grid: { left: 10, right: 10, top: 10, bottom: 60, containLabel: true },
    tooltip: { formatter: (p) => `${rows[p.value[1]]}, ${t('unit.day')} ${days[p.value[0]]}: ${formatNumber(p.value[2] * 100)} %` },
    xAxis: { type: 'category', data: days },
    yAxis: { type: 'category', data: rows, axisLabel: { fontSize: 10 } },
    visualMap: { min: 0, max, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120, calculable: false,
      text: [`${formatNumber(max * 100)} %`, '0 %'],
      inRange: { color: ['#f7fbff', '#fdae6b', '#d94801', '#7f2704'] } },
    series: [{ type: 'heatmap', data: cells }],
  }, label);
}
