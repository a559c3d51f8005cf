// Every function of the package, in Node. PLUTORA_FILTER_JS: the staged package directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const pf = await import(process.env.PLUTORA_FILTER_JS ?? '../index.mjs');

test('lint: diagnostics as objects with code, position and fix', () => {
  const [d] = pf.lint('`name` contians abc');
  assert.deepEqual(d, { code: 'E004', severity: 'error', message: 'expected an operator after field `name`, found `contians`; did you mean `Contains`?',
    offset: 7, length: 8, line: 1, column: 8, fix: { offset: 7, length: 8, replacement: 'Contains' } });
  assert.deepEqual(pf.lint('( `Name` contains `ABC` ) or ( `LastModifiedDate` >= 2019-02-01 )'), []);
  assert.equal(pf.lint('(a = 1)', { strict: true }).filter((x) => x.severity === 'error').length, 3);
  const query = pf.lint('/releases?filter=%60nmae%60%20%3D%201');  // the path names the entity
  assert.equal(query[0].code, 'E016');
  assert.equal(query[0].pointer, 'filter');
});

test('schema: entities, one entity, a schema file, an unknown entity', () => {
  assert.equal(pf.entities().length, 20);
  assert.equal(pf.entity('/TECRs/filter').name, 'tecrs');
  assert.throws(() => pf.entity('releasez'), RangeError);
  assert.throws(() => pf.lint('a = 1', { entity: 'releasez' }), /did you mean 'releases'/);
  const schema = new pf.Schema({ entities: { releases: { fields: { 'Budget Code': { type: 'string', custom: true } } } } });
  assert.equal(pf.lint('`Budget Code` = x', { entity: 'releases', schema })[0].code, 'W117');
  assert.throws(() => new pf.Schema('{"entities":{"releases":{"fields":{"x":{"type":"strng"}}}}}'), /strng/);
  schema.free();
});

test('parse and format', () => {
  assert.deepEqual(pf.parse('a = 1'), { field: 'a', operator: 'Equals', value: '1', type: 'number' });
  assert.equal(pf.format('( Name contains ABC )or( Id > 5 )'), '( `Name` Contains `ABC` ) or ( `Id` GreaterThan `5` )');
  assert.throws(() => pf.parse('a = '), (e) => e instanceof pf.FilterError && e.diagnostics[0].code === 'E005');
});

test('the three forms and their paging, sort keys and refusals', () => {
  assert.equal(pf.toQuery('name contains abc', { pageNum: 2, recordsPerPage: 10 }),
    'filter=%60name%60%20Contains%20%60abc%60&pageNum=2&recordsPerPage=10');
  assert.equal(pf.toQuery('a = 1', { baseUrl: 'https://x/releases' }), 'https://x/releases?filter=%60a%60%20Equals%20%601%60&pageNum=0&recordsPerPage=100');
  assert.deepEqual(pf.toExpando('( a = 1 ) and ( b = 2 )').ExpandoObject,
    { Left: { Left: 'a', Operator: 'Equals', Right: '1' }, Operator: 'And', Right: { Left: 'b', Operator: 'Equals', Right: '2' } });
  assert.deepEqual(pf.toSearchFilters('a = 1', { sort: ['a:desc'] }).searchFilters[0],
    { property: 'a', operator: 'equals', value: '1', direction: 'desc' });
  assert.throws(() => pf.toSearchFilters('( a = 1 ) or ( b = 2 )'), (e) => e.diagnostics[0].code === 'E020');
  assert.throws(() => pf.toQuery('a = 1', { recordsPerPage: -1 }), /negative/);
  // bodies read back
  assert.equal(pf.format({ ExpandoObject: { Left: 'a', Operator: 'Equals', Right: '1' } }), '`a` Equals `1`');
});

test('evaluate: arrays, JSON text, saved answers; records as written', () => {
  const page = pf.evaluate('name ~ uat', [{ name: 'UAT 1', n: 2.5 }, { name: 'x' }], { recordsPerPage: 5 });
  assert.deepEqual(page, { resultSet: [{ name: 'UAT 1', n: 2.5 }], returnCount: 1, totalCount: 1, pageNum: 0, recordsPerPage: 5 });
  assert.equal(pf.evaluate('n > 1', '{"n":2}\n{"n":0}\n').totalCount, 1);
  assert.equal(pf.evaluate('n > 1', '{"resultSet":[{"n":2},{"n":3}],"totalCount":2}').totalCount, 2);
  const sorted = pf.evaluate('n > 0', [{ n: 1 }, { n: 3 }, { n: 2 }], { sort: [['n', 'desc']] });
  assert.deepEqual(sorted.resultSet.map((r) => r.n), [3, 2, 1]);
  assert.throws(() => pf.evaluate('a = 1', '[1]'), /record 0 is not a JSON object/);
  assert.throws(() => pf.evaluate('a = ', []), pf.FilterError);
});

test('readers: a query string and a body with their paging and sort keys', () => {
  assert.deepEqual(pf.fromQuery('https://x/releases?filter=%60name%60%20contains%20abc&page=2&limit=25'),
    { filter: { field: 'name', operator: 'Contains', value: 'abc', type: 'text' }, pageNum: 2, recordsPerPage: 25, entity: 'releases' });
  assert.deepEqual(pf.fromBody({ PageNum: 1, RecordsPerPage: 5, searchFilters: [{ property: 'a', operator: 'equals', value: '1', direction: 'desc' }] }),
    { filter: { field: 'a', operator: 'Equals', value: '1', type: 'number' }, pageNum: 1, recordsPerPage: 5, sort: [['a', 'desc']] });
  assert.throws(() => pf.fromQuery('filter=a%2'), (e) => e.diagnostics[0].code === 'E021');
});

test('Records: loaded once, many filters, the same pages as evaluate', () => {
  const text = '{"name":"UAT 1","n":5}\n{"name":"Core","n":1}\n{"name":"uat 2","n":3}\n';
  const records = new pf.Records(text);
  assert.equal(records.size, 3);
  for (const filter of ['name ~ uat', 'n > 2', '( n > 2 ) and ( name !~ core )']) {
    assert.deepEqual(records.evaluate(filter, { recordsPerPage: 2 }), pf.evaluate(filter, text, { recordsPerPage: 2 }), filter);
  }
  assert.equal(records.count('n >= 3'), 2);
  records.free();
  assert.throws(() => new pf.Records('[1]'), /record 0 is not a JSON object/);
});
