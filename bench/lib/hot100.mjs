// The baseline of S8: the Hot 100 source rows as one JSON array of arrays,
// built from data/sources/ when the bench server is first asked for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseCsv } from '../../tests/e2e/specs/helpers.mjs';

let hot100Json = null;
/** The Hot 100 source rows as a JSON array of arrays (the baseline's file), built once. */
export function hot100JsonBody(root) {
  if (!hot100Json) {
    const csv = gunzipSync(readFileSync(join(root, 'data', 'sources', 'archive', 'billboard_hot100_weekly_1958_2026.csv.gz'))).toString('utf8');
    // Rows as arrays in the header's column order.
    const rows = parseCsv(csv).map((row) => Object.values(row));
    hot100Json = Buffer.from(JSON.stringify(rows));
  }
  return hot100Json;
}

/** Bytes of the baseline file once built (0 before). */
export function hot100JsonBytes() {
  return hot100Json ? hot100Json.length : 0;
}
