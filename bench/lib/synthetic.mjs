// Deterministic synthetic chart series for the chart scenarios (S4-S6, S9).
// Bench-only: generated in memory by the bench server, never shipped or shown
// as real data. Same seed, same bytes, on every machine.

/** The synthetic files: name -> how many series of how many daily points. */
export const SYNTHETIC = {
  // S4: one series of 166,650 points (uPlot's published cold-render figure).
  'points-166650': { series: 1, points: 166_650, seed: 166_650 },
  // S5: one series of 1,000,000 points.
  'points-1000000': { series: 1, points: 1_000_000, seed: 1_000_000 },
  // S6 and S9: ten series of 10,000 points each.
  'series-10x10000': { series: 10, points: 10_000, seed: 10_010 },
};

/** The first date of every synthetic series (day 0). */
export const START = { year: 1, month: 1, day: 1 };

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm). */
export function daysFromCivil(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The `YYYY-MM-DD` text of a day number counted from 1970-01-01. */
export function civilFromDays(days) {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const pad = (n, width) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The CSV text (`date,value,series,metric`, metric `streams`) of one synthetic
 * file: per series a random walk of daily streams with occasional spikes that
 * decay, the shape of a song lifted by a show.
 */
export function syntheticCsv({ series, points, seed }) {
  const random = mulberry32(seed);
  const first = daysFromCivil(START.year, START.month, START.day);
  const dates = Array.from({ length: points }, (_, i) => civilFromDays(first + i));
  const lines = ['date,value,series,metric'];
  for (let s = 0; s < series; s += 1) {
    const name = `s${String(s + 1).padStart(2, '0')}`;
    let base = 50_000 + random() * 50_000;
    let spike = 0;
    for (let i = 0; i < points; i += 1) {
      base = Math.max(1_000, base + (random() - 0.5) * 2_000);
      if (random() < 0.0005) spike += 200_000 + random() * 800_000;
      spike *= 0.97;
      lines.push(`${dates[i]},${Math.round(base + spike)},${name},streams`);
    }
  }
  return lines.join('\n') + '\n';
}
