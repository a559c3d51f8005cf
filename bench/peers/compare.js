// Times the npm peers (liqe, filtrex, CEL) and plain.js on bench/peers/filters.json over the same
// records, reads plutora-filter's numbers from the same run (plutora_filter_corpus), checks that
// every engine finds the same records, and prints the ratios.
//   node compare.js RECORDS.json CORPUS_RESULT.json [--quick]
'use strict';

const fs = require('fs');
const path = require('path');

const [recordsPath, corpusPath] = process.argv.slice(2);
const quick = process.argv.includes('--quick');
const records = JSON.parse(fs.readFileSync(recordsPath, 'utf8'));
const filters = JSON.parse(fs.readFileSync(path.join(__dirname, 'filters.json'), 'utf8')).filters;
const ours = JSON.parse(fs.readFileSync(corpusPath, 'utf8'));

function nsPerRecord(countMatches) {
  const batches = quick ? 3 : 7;
  countMatches();  // warm up
  const times = [];
  for (let b = 0; b < batches; b++) {
    const t0 = process.hrtime.bigint();
    countMatches();
    times.push(Number(process.hrtime.bigint() - t0) / records.length);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function nsPerParse(parse) {
  const n = quick ? 200 : 2000;
  parse();
  const times = [];
  for (let b = 0; b < (quick ? 3 : 7); b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) parse();
    times.push(Number(process.hrtime.bigint() - t0) / n);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

async function engines() {
  const plain = require('./plain.js');
  const liqe = require('liqe');
  const filtrex = require('filtrex');
  const cel = await import('@marcbachmann/cel-js');
  // filtrex throws for a key a record lacks unless told how to read properties.
  const prop = (name, get, obj) => (Object.prototype.hasOwnProperty.call(obj, name) ? get(name) : undefined);
  return [
    // The parse column times plain.js's parser alone (`tree`), as parse+lint builds no matcher.
    { name: 'plain.js', key: 'plutora', parse: plain.parse, tree: plain.tree,
      matcher: (compiled) => (rs) => { let n = 0; for (const r of rs) if (compiled(r)) n++; return n; } },
    { name: 'liqe', key: 'liqe', parse: (t) => liqe.parse(t),
      matcher: (ast) => (rs) => liqe.filter(ast, rs).length },
    { name: 'filtrex', key: 'filtrex', parse: (t) => filtrex.compileExpression(t, { customProp: prop }),
      matcher: (fn) => (rs) => { let n = 0; for (const r of rs) if (fn(r) === true) n++; return n; } },
    { name: 'cel-js', key: 'cel', parse: (t) => cel.parse(t),
      matcher: (expr) => (rs) => { let n = 0; for (const r of rs) if (expr({ r }) === true) n++; return n; } },
  ];
}

const geomean = (xs) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);

(async () => {
  const table = [];
  const problems = [];
  const peers = await engines();
  const results = {};
  for (const engine of peers) results[engine.name] = {};
  for (const f of filters) {
    const want = ours.filters.find((x) => x.id === f.id);
    for (const engine of peers) {
      const text = f[engine.key];
      if (text === null || text === undefined) continue;
      const compiled = engine.parse(text);
      const run = engine.matcher(compiled);
      const found = run(records);
      if (found !== want.matches) problems.push(`${engine.name} ${f.id}: ${found} matches, plutora-filter ${want.matches}`);
      results[engine.name][f.id] = { eval: nsPerRecord(() => run(records)), parse: nsPerParse(() => (engine.tree || engine.parse)(text)) };
    }
  }
  // Ratios over the filters both sides express, in this run.
  const row = (name, pick) => {
    const r = results[name];
    const ids = Object.keys(r);
    const peer = geomean(ids.map((id) => r[id][pick]));
    const mine = (key) => geomean(ids.map((id) => ours.filters.find((x) => x.id === id)[key]));
    return { name, filters: ids.length, peer, predicate: mine('predicate_ns'), find: mine('find_ns'), records: mine('record_set_ns'), parse: mine('parse_ns') };
  };
  console.log(`${records.length} records, ${filters.length} filters (bench/peers/filters.json); ns per record, geomean over the filters each peer can express\n`);
  console.log('peer        filters  peer ns/rec  Predicate(nlohmann)  1 find  RecordSet   RecordSet is      peer parse ns  ours   ratio');
  for (const engine of peers) {
    const r = row(engine.name, 'eval');
    const p = row(engine.name, 'parse');
    table.push({ ...r, peer_parse: p.peer });
    console.log(`${engine.name.padEnd(11)} ${String(r.filters).padStart(7)}  ${r.peer.toFixed(0).padStart(11)}  ${r.predicate.toFixed(0).padStart(19)}  ${r.find.toFixed(0).padStart(6)}` +
      `  ${r.records.toFixed(1).padStart(9)}  ${(r.peer / r.records).toFixed(1).padStart(6)}x faster  ${p.peer.toFixed(0).padStart(13)}` +
      `  ${p.parse.toFixed(0).padStart(5)}  ${(p.peer / p.parse).toFixed(1).padStart(5)}x`);
  }
  console.log('\n1 find: nlohmann::json\'s own find of each filter\'s first field, nothing compared: the least any\n' +
    'evaluator over nlohmann::json records pays. Predicate and the peers evaluate whole filters.');
  if (problems.length) console.log('\nDisagreements (a translation that does not mean the same):\n  ' + problems.join('\n  '));
  else console.log('\nEvery engine found the same records as plutora-filter on every filter it can express.');
  fs.writeFileSync(process.env.COMPARE_OUT || '/tmp/plutora_filter_compare.json', JSON.stringify({ results, ours, table }, null, 1));
})();
