// Bench baseline: uPlot drawing the CSV the app is given with `data=`
// (`?data=<url>&w=<css px>&h=<css px>`). It fetches and parses the CSV in
// plain JS, then marks like the app: `chart-draw-start` before `new uPlot`,
// `chart-drawn` when uPlot's draw hook fires (measured as `chart-draw`), and
// `hover-painted` when the cursor (crosshair and legend) has moved.
'use strict';

/** Seconds since 1970 of a `YYYY-MM-DD` date, by arithmetic (Howard Hinnant's days-from-civil). */
function seconds(date) {
  const month = +date.slice(5, 7);
  const y = +date.slice(0, 4) - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + +date.slice(8, 10) - 1;
  return (era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468) * 86400;
}

/**
 * uPlot's aligned columns from `date,value,series,metric` rows: x, then one
 * y array per series (null where a series has no value on a date). One pass
 * over the text with indexOf, no per-line arrays.
 */
function columns(text) {
  const index = new Map();
  const xs = [];
  const bySeries = new Map();
  let at = text.indexOf('\n') + 1;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const c1 = text.indexOf(',', at);
    const c2 = text.indexOf(',', c1 + 1);
    const c3 = text.indexOf(',', c2 + 1);
    if (c1 > at && c3 > c2 && c3 < end) {
      const date = text.slice(at, c1);
      let i = index.get(date);
      if (i === undefined) {
        i = xs.length;
        index.set(date, i);
        xs.push(seconds(date));
      }
      const name = text.slice(c2 + 1, c3);
      let values = bySeries.get(name);
      if (!values) bySeries.set(name, (values = []));
      values[i] = +text.slice(c1 + 1, c2);
    }
    at = end + 1;
  }
  const data = [xs];
  for (const values of bySeries.values()) data.push(Array.from({ length: xs.length }, (_, i) => values[i] ?? null));
  return { data, series: [...bySeries.keys()] };
}

async function main() {
  const params = new URLSearchParams(location.search);
  const text = await (await fetch(params.get('data'))).text();
  const { data, series } = columns(text);
  const palette = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];
  let drawn = false;
  const options = {
    width: Number(params.get('w') || 1200),
    height: Number(params.get('h') || 400),
    series: [{}, ...series.map((label, i) => ({ label, stroke: palette[i % palette.length], width: 1 }))],
    hooks: {
      draw: [() => {
        if (drawn) return;
        drawn = true;
        performance.mark('chart-drawn');
        performance.measure('chart-draw', 'chart-draw-start', 'chart-drawn');
      }],
      setCursor: [() => performance.mark('hover-painted')],
    },
  };
  performance.mark('chart-draw-start');
  window.plot = new uPlot(options, data, document.getElementById('chart'));
}

main();
