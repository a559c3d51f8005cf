// node bench/wasm.mjs PACKAGE_DIR CLI: the WebAssembly module's size, its load + initialise
// time in Node, and lint and evaluate throughput in WebAssembly beside the native library
// (the CLI's `lint --file` and `eval`, whole runs, for scale).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [dir, cli] = process.argv.slice(2);
const module = readFileSync(join(dir, 'plutora_filter.cjs'));
const t0 = performance.now();
const pf = await import(join(dir, 'index.mjs'));
const loadMs = performance.now() - t0;
console.log(`module: ${(module.length / 1024).toFixed(0)} KiB raw, ${(gzipSync(module, { level: 9 }).length / 1024).toFixed(0)} KiB gzip; ` +
  `import + initialise in Node ${loadMs.toFixed(0)} ms`);

const filters = ['`name` contains `uat`', '( `Name` contains `ABC` ) or ( `LastModifiedDate` >= 2019-02-01 )',
  '( `name` contains `uat` ) and ( `lastModifiedDate` >= 2022-01-01 ) and ( `releaseStatusType` not equal `Cancelled` )'];
const lines = Array.from({ length: 20000 }, (_, i) => filters[i % filters.length]);
const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
let best = Infinity;
for (let pass = 0; pass < 3; pass++) {
  const s = performance.now();
  for (const l of lines) pf.lint(l);
  best = Math.min(best, performance.now() - s);
}
console.log(`lint in WebAssembly: ${(lines.length / best * 1000).toFixed(0)} filters/s, ${(bytes / 1e6 / (best / 1000)).toFixed(1)} MB/s`);

const work = mkdtempSync(join(tmpdir(), 'pf-wasm-'));
writeFileSync(join(work, 'filters.txt'), lines.join('\n') + '\n');
let s = performance.now();
execFileSync(cli, ['lint', '--quiet', '--file', join(work, 'filters.txt')]);
const nativeLint = performance.now() - s;
console.log(`lint native (the CLI, whole run): ${(lines.length / nativeLint * 1000).toFixed(0)} filters/s`);

const records = Array.from({ length: 20000 }, (_, i) => ({ id: i, name: `${i % 3 ? 'UAT' : 'Core'} ${i}`, lastModifiedDate: `20${18 + (i % 8)}-0${1 + (i % 9)}-15T10:00:00`,
  releaseStatusType: i % 5 ? 'Approved' : 'Cancelled' }));
const text = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
writeFileSync(join(work, 'records.jsonl'), text);
best = Infinity;
let total = 0;
for (let pass = 0; pass < 3; pass++) {
  s = performance.now();
  total = pf.evaluate(filters[2], text).totalCount;
  best = Math.min(best, performance.now() - s);
}
console.log(`evaluate in WebAssembly (20,000 JSON Lines records, ${total} matches): ${(best).toFixed(1)} ms, ${(20000 / best * 1000 / 1e6).toFixed(2)} M records/s`);
s = performance.now();
execFileSync(cli, ['eval', '--filter', filters[2], join(work, 'records.jsonl')]);
const nativeEval = performance.now() - s;
console.log(`evaluate native (the CLI, whole run): ${nativeEval.toFixed(1)} ms, ${(20000 / nativeEval * 1000 / 1e6).toFixed(2)} M records/s`);
