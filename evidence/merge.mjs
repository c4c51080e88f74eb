// Joins the DL4J and TensorFlow.js rows into docs/evidence/results.tsv, ordered by rule (DL4J rows first).
// usage: node evidence/merge.mjs RESULTS MEASURED.tsv... -- [RULE...]
// With rules given, only those rules' rows are replaced and every other row of RESULTS is kept.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
const [results, ...measuredFiles] = dash < 0 ? args : args.slice(0, dash);
const only = dash < 0 ? [] : args.slice(dash + 1);
const HEADER = 'rule\tcase\ttask\tseeds\tmetric\tflagged\tfixed\tverdict';
const rows = (file) => existsSync(file)
  ? readFileSync(file, 'utf8').split('\n').filter((l) => l && l !== HEADER) : [];
const rule = (row) => row.split('\t')[0];
const measured = measuredFiles.flatMap(rows).filter((r) => only.length === 0 || only.includes(rule(r)));
const kept = only.length === 0 ? [] : rows(results).filter((r) => !only.includes(rule(r)));
const byRule = (a, b) => rule(a).localeCompare(rule(b));
// Array.prototype.sort is stable: within a rule the order of measurement stays.
const all = [...kept, ...measured].sort(byRule);
writeFileSync(results, [HEADER, ...all].join('\n') + '\n');
