// npm json5 in Node, for bench/run.sh. Needs `npm install node@24 json5` in NODE_DIR (default /tmp/bench-node).
//   node json5-bench.js inproc FILE [RUNS]   -> median in-process JSON5.parse time and MB/s (after 2 warm-up parses)
//   node json5-bench.js parse FILE           -> what `clawc parse FILE` does: parse, print strict JSON (2-space indent)
'use strict';
const fs = require('fs');
const path = require('path');
const JSON5 = require(path.join(process.env.NODE_DIR || '/tmp/bench-node', 'node_modules', 'json5'));

const [mode, file, runsArg] = process.argv.slice(2);
if (mode === 'parse') {
  const value = JSON5.parse(fs.readFileSync(file, 'utf8'));
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
} else if (mode === 'inproc') {
  const bytes = fs.readFileSync(file);
  const runs = Number(runsArg || 7);
  const times = [];
  for (let i = 0; i < runs + 2; i++) {
    const t0 = process.hrtime.bigint();
    const text = bytes.toString('utf8');
    const value = JSON5.parse(text);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (i >= 2) times.push(ms);
    if (value === undefined) throw new Error('no value');
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const mbs = bytes.length / 1e6 / (median / 1000);
  console.log(JSON.stringify({ file, bytes: bytes.length, runs, medianMs: +median.toFixed(2),
    minMs: +times[0].toFixed(2), maxMs: +times[times.length - 1].toFixed(2), mbPerS: +mbs.toFixed(2),
    node: process.version }));
} else if (mode === 'jsonparse') {
  // Node's own strict JSON.parse on the twin, for reference.
  const bytes = fs.readFileSync(file);
  const times = [];
  for (let i = 0; i < 9; i++) {
    const t0 = process.hrtime.bigint();
    JSON.parse(bytes.toString('utf8'));
    if (i >= 2) times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(JSON.stringify({ file, bytes: bytes.length, medianMs: +median.toFixed(2),
    mbPerS: +(bytes.length / 1e6 / (median / 1000)).toFixed(2), node: process.version }));
} else {
  console.error('usage: node json5-bench.js inproc|parse|jsonparse FILE [RUNS]');
  process.exit(2);
}
