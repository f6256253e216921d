// Bench baseline: the app's comparison table written by hand in plain JS, on
// the same index.json: rows derived the same way (best peak, charting songs,
// lift, search text), sort / genre filter / search with the state in the URL,
// rows keyed and moved rather than rebuilt, sparklines from the series files.
// It marks `dataset-parsed` and `table-painted` like the app.
'use strict';

const DATA = '/needledrop/data/';
const COLUMNS = [
  ['show', 'Show'], ['genre', 'Music genre'], ['peak', 'Peak chart position'],
  ['artists', 'Notable artists'], ['engagement', 'Fan engagement highlights'],
  ['songs', 'Charting songs'], ['best', 'Best song peak'], ['lift', 'Biggest lift'],
];

/** Lowercase, accents stripped, curly quotes unified: like the app's search folding. */
const fold = (text) => text.normalize('NFD').replace(/[\u0300-\u036f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
  .toLowerCase().replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"');

/** Marks `name` after the next frame is painted (a timeout queued in requestAnimationFrame). */
const markWhenPainted = (name) => requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

/** One row per show, as the app's `comparison_rows` derives them. */
function buildRows(dataset) {
  const songs = new Map(dataset.songs.map((song) => [song.id, song]));
  const series = new Map(dataset.series.map((s) => [s.id, s]));
  return dataset.shows.map((show) => {
    const peaks = dataset.release_peaks.filter((peak) => peak.show === show.id);
    const best = peaks.reduce((a, b) => (!a || b.best_rank < a.best_rank
      || (b.best_rank === a.best_rank && b.best_rank_date < a.best_rank_date) ? b : a), null);
    const lifts = dataset.lifts.filter((lift) => lift.show === show.id);
    const lift = lifts.find((l) => l.measure.rank_gained) || lifts[0] || null;
    const haystack = [show.title, ...show.genres, ...(show.comparison ? [show.comparison.music_genre, ...show.comparison.notable_artists] : [])];
    for (const tie of dataset.show_songs.filter((t) => t.show === show.id)) {
      const song = songs.get(tie.song);
      if (song) haystack.push(song.title, song.artist);
    }
    const bestSong = best && songs.get(best.song);
    const bestSeries = best && series.get(best.series);
    return {
      id: show.id,
      title: show.title,
      genres: show.genres,
      figures: show.comparison || null,
      songs: new Set(peaks.map((peak) => peak.song)).size,
      best: bestSong && bestSeries ? { ...best, song: bestSong, series: bestSeries } : null,
      lift,
      liftSong: lift && songs.get(lift.song)?.title,
      haystack: haystack.map(fold).join('\n'),
    };
  });
}

const gap = (why) => el('span', { class: 'gap', title: why }, '—', el('span', { class: 'visually-hidden' }, why));
const cited = (text, source) => el('a', { class: 'cited', href: `/needledrop/data#source-${source}`, title: 'Source of this figure' }, text);

/** A 96x24 rank sparkline around the entry date, drawn once its series file arrives. */
function sparkline(best) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'sparkline');
  svg.setAttribute('viewBox', '-1 -1 98 26');
  svg.setAttribute('width', '96');
  svg.setAttribute('height', '24');
  fetch(DATA + best.series.file).then((r) => r.json()).then((file) => {
    const points = file.series.find((s) => s.id === best.series.id).points;
    const day = (date) => Date.parse(date) / 86_400_000;
    const from = day(best.entry_date) - 28;
    const to = day(best.entry_date) + 182;
    const worst = Math.max(best.series.chart_size || Math.max(...points.map((p) => p.value)), 2);
    const step = best.series.frequency === 'daily' ? 1 : 7;
    let d = '';
    let previous = null;
    for (const point of points) {
      const at = day(point.date);
      if (at < from || at > to) continue;
      const x = ((at - from) / (to - from)) * 96;
      const y = ((Math.min(Math.max(point.value, 1), worst) - 1) / (worst - 1)) * 24;
      d += `${previous !== null && at - previous <= step ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
      previous = at;
    }
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    for (const [k, v] of Object.entries({ d, fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5' })) path.setAttribute(k, v);
    svg.append(path);
  }).catch(() => {});
  return svg;
}

function cell(row, key) {
  const f = row.figures;
  const notInArticle = 'not in the source article';
  switch (key) {
    case 'show': return el('a', { href: `/needledrop/shows/${row.id}` }, row.title);
    case 'genre': return f ? cited(f.music_genre, f.source) : gap(notInArticle);
    case 'peak': return f ? el('a', { class: 'cited peak', href: `/needledrop/data#source-${f.source}` },
      el('span', { class: 'peak__rank' }, `No. ${f.peak_position}`), ' ', el('span', { class: 'peak__chart' }, f.peak_chart)) : gap(notInArticle);
    case 'artists': return f ? cited(f.notable_artists.join(', '), f.source) : gap(notInArticle);
    case 'engagement': return f ? cited(f.fan_engagement, f.source) : gap(notInArticle);
    case 'songs': return el('a', { href: `/needledrop/shows/${row.id}#soundtrack`, class: 'num-link' }, String(row.songs));
    case 'best': {
      const b = row.best;
      if (!b) return gap('no chart entry of its songs after release in our data');
      return el('div', { class: 'best-peak' },
        el('span', { class: 'best-peak__what' }, el('span', { class: 'peak__rank' }, `No. ${b.best_rank}`), ' ',
          el('a', { href: `/needledrop/songs/${b.song.id}` }, b.song.title)),
        el('span', { class: 'best-peak__detail' }, `${b.series.chart_title} · ${b.best_rank_date} · `,
          el('a', { href: `/needledrop/data#source-${b.series.source}` }, 'source')),
        sparkline(b));
    }
    default: {
      const lift = row.lift;
      if (!lift) return gap('no measurable lift in our data');
      const gained = lift.measure.rank_gained;
      const headline = gained ? `+${gained.from - gained.to} places` : `${lift.measure.streams_ratio.toFixed(1)}× streams`;
      return el('div', { class: 'lift' }, el('span', { class: 'lift__headline' }, headline), ' ',
        el('a', { href: `/needledrop/songs/${lift.song}` }, row.liftSong || lift.song),
        el('span', { class: 'best-peak__detail' }, `${lift.chart_title} after ${lift.release_title}`));
    }
  }
}

/** The value a column sorts by (null is a gap, always last). */
function sortValue(row, key) {
  const f = row.figures;
  switch (key) {
    case 'show': return fold(row.title);
    case 'genre': return f && fold(f.music_genre);
    case 'peak': return f && f.peak_position;
    case 'artists': return f && fold(f.notable_artists.join(', '));
    case 'engagement': return f && fold(f.fan_engagement);
    case 'songs': return row.songs;
    case 'best': return row.best && [row.best.best_rank, row.best.best_rank_date];
    default: return row.lift && (row.lift.measure.rank_gained
      ? [1, row.lift.measure.rank_gained.from - row.lift.measure.rank_gained.to] : [0, row.lift.measure.streams_ratio]);
  }
}

function compare(a, b) {
  if (Array.isArray(a)) return compare(a[0], b[0]) || compare(a[1], b[1]);
  return a < b ? -1 : a > b ? 1 : 0;
}

async function main() {
  const response = await fetch(DATA + 'index.json');
  const dataset = JSON.parse(await response.text());
  performance.mark('dataset-parsed');
  const rows = buildRows(dataset);
  const state = { q: '', genre: '', sort: '' };
  const params = new URLSearchParams(location.search);
  for (const key of Object.keys(state)) state[key] = params.get(key) || '';

  const search = document.getElementById('table-search');
  const genreSelect = document.getElementById('table-genre');
  const sortSelect = document.getElementById('table-sort');
  const count = document.querySelector('.result-count');
  const tbody = document.querySelector('tbody');
  const headRow = document.querySelector('thead tr');

  const genres = [...new Map(rows.flatMap((row) => row.genres).map((g) => [fold(g), g])).entries()]
    .sort((a, b) => compare(a[0], b[0])).map(([, g]) => g);
  genreSelect.append(...genres.map((g) => el('option', { value: g }, g)));
  sortSelect.append(...COLUMNS.flatMap(([key, label]) => [el('option', { value: key }, `${label} ↑`), el('option', { value: `${key}:desc` }, `${label} ↓`)]));
  const buttons = COLUMNS.map(([key, label]) => {
    const button = el('button', { type: 'button', class: 'sort-button', 'data-key': key }, label, el('span', { class: 'sort-indicator', 'aria-hidden': 'true' }, '↕'));
    button.addEventListener('click', () => update({ sort: state.sort === key ? `${key}:desc` : key }, false));
    headRow.append(el('th', { scope: 'col', 'aria-sort': 'none' }, button));
    return button;
  });
  // Keyed rows, created once; updates only move them.
  const trs = new Map(rows.map((row) => [row.id, el('tr', {}, ...COLUMNS.map(([key, label]) =>
    key === 'show' ? el('th', { scope: 'row', 'data-label': label }, cell(row, key)) : el('td', { 'data-label': label }, cell(row, key))))]));

  function render() {
    const terms = fold(state.q).split(/\s+/).filter(Boolean);
    const wanted = state.genre && fold(state.genre);
    let shown = rows.filter((row) => (!wanted || row.genres.some((g) => fold(g) === wanted))
      && terms.every((term) => row.haystack.includes(term)));
    const [key, desc] = state.sort.split(':');
    if (key) {
      shown = shown.map((row) => [row, sortValue(row, key)]).sort(([, a], [, b]) => {
        if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
        if (b === null || b === undefined) return -1;
        return desc ? -compare(a, b) : compare(a, b);
      }).map(([row]) => row);
    }
    tbody.replaceChildren(...shown.map((row) => trs.get(row.id)));
    for (const button of buttons) {
      const sorted = button.dataset.key === key;
      button.parentElement.setAttribute('aria-sort', sorted ? (desc ? 'descending' : 'ascending') : 'none');
      button.lastChild.textContent = sorted ? (desc ? '▼' : '▲') : '↕';
    }
    search.value = state.q;
    genreSelect.value = state.genre;
    sortSelect.value = state.sort;
    count.textContent = `${shown.length} of ${rows.length} shows`;
    markWhenPainted('table-painted');
  }

  /**
   * Applies a change, re-renders, and writes it to the URL (replace while
   * typing, push for choices) once the frame is painted, as the app does.
   */
  function update(change, replace) {
    Object.assign(state, change);
    const query = new URLSearchParams(Object.entries(state).filter(([, v]) => v)).toString();
    render();
    requestAnimationFrame(() => setTimeout(() => setTimeout(() => {
      history[replace ? 'replaceState' : 'pushState'](null, '', query ? `?${query}` : location.pathname);
    }, 0), 0));
  }

  search.addEventListener('input', () => update({ q: search.value }, true));
  genreSelect.addEventListener('change', () => update({ genre: genreSelect.value }, false));
  sortSelect.addEventListener('change', () => update({ sort: sortSelect.value }, false));
  render();
}

main();
