// The JS API (WebAssembly), the CLI and so the C++ library give the same outputs: the test
// suites' filters (examples/filters.txt), URLs and bodies, and records (examples/releases.jsonl).
// PLUTORA_FILTER: the native CLI; PLUTORA_FILTER_JS: the staged package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pf = await import(process.env.PLUTORA_FILTER_JS ?? '../index.mjs');
const cli = process.env.PLUTORA_FILTER;
const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = (args) => {
  try {
    return { status: 0, out: execFileSync(cli, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }) };
  } catch (e) {
    return { status: e.status, out: e.stdout };
  }
};
const inputs = readFileSync(`${root}/examples/filters.txt`, 'utf8').split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'))
  .concat([
    '( `Name` contains `ABC` ) or ( `LastModifiedDate` >= 2019-02-01 )',
    '`n` > 1e3', '`d` >= 2019-02-01T10:00:00Z', '`x` iswithin `a, b`', '"name = 1"', '(a = 1)',
    'https://x/releases?filter=%60nmae%60%20%3D%201&pageNum=2&limit=500',
    '{"PageNum":0,"RecordsPerPage":5,"ExpandoObject":{"Left":"name","Operator":"Contains","Right":"uat"}}',
    '{"searchFilters":[{"property":"releaseType","operator":"equals","value":"Major","direction":"desc"}]}',
  ]);

test('lint: the same diagnostics as `plutora-filter lint --format json`', { skip: !cli }, () => {
  for (const input of inputs) {
    const [entry] = JSON.parse(run(['lint', '--format', 'json', '--', input]).out);
    assert.deepEqual(pf.lint(input), entry.diagnostics, input);
  }
});

test('format and the three forms: the same text as `format` and `emit`', { skip: !cli }, () => {
  let compared = 0;
  for (const input of inputs) {
    if (pf.lint(input).some((d) => d.severity === 'error')) continue;
    assert.equal(pf.format(input), run(['format', '--', input]).out.trimEnd(), input);
    assert.equal(pf.toQuery(input), run(['emit', '--to', 'query', '--', input]).out.trimEnd(), input);
    assert.deepEqual(pf.toExpando(input), JSON.parse(run(['emit', '--to', 'expando', '--', input]).out), input);
    const sf = run(['emit', '--to', 'searchfilters', '--', input]);
    if (sf.status === 0) assert.deepEqual(pf.toSearchFilters(input), JSON.parse(sf.out), input);
    else assert.throws(() => pf.toSearchFilters(input), pf.FilterError, input);
    compared++;
  }
  assert.ok(compared >= 10, `only ${compared} inputs compared`);
});

test('evaluate: the same page as `plutora-filter eval`', { skip: !cli }, () => {
  const records = readFileSync(`${root}/examples/releases.jsonl`, 'utf8');
  const filters = ['`name` contains `uat`', '`lastModifiedDate` >= 2022-01-01', '`priority` > 2', '`releaseStatusType` != `Cancelled`',
    '( `name` ~ `uat` ) or ( `priority` < 5 )'];
  for (const filter of filters) {
    for (const [page, perPage] of [[0, 100], [1, 1]]) {
      const native = JSON.parse(run(['eval', '--filter', filter, '--page-num', String(page), '--records-per-page', String(perPage),
        `${root}/examples/releases.jsonl`]).out);
      assert.deepEqual(pf.evaluate(filter, records, { pageNum: page, recordsPerPage: perPage }), native, filter);
    }
  }
});
