// The baseline of S8: the Hot 100 source rows as one JSON array of arrays,
// built from data/sources/ when the bench server is first asked for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

let hot100Json = null;
/** The Hot 100 source rows as a JSON array of arrays (the baseline's file), built once. */
export function hot100JsonBody(root) {
  if (!hot100Json) {
    const csv = gunzipSync(readFileSync(join(root, 'data', 'sources', 'archive', 'billboard_hot100_weekly_1958_2026.csv.gz'))).toString('utf8');
    const rows = parseCsvRows(csv).slice(1);
    hot100Json = Buffer.from(JSON.stringify(rows));
  }
  return hot100Json;
}

export function hot100JsonBytes() {
  return hot100Json ? hot100Json.length : 0;
}

/** RFC 4180 rows (quoted fields with commas and doubled quotes). */
function parseCsvRows(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
