// node fetch.mjs URL PLUTORA_FILTER DATA_DIR: Node's built-in fetch against `plutora-filter serve`
// — a token, a filtered GET and a POST /filter — each page equal to `plutora-filter eval`'s.
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';

const [url, exe, data] = process.argv.slice(2);
const evaluate = (filter, page, perPage) => JSON.parse(execFileSync(exe,
  ['eval', '--filter', filter, '--page-num', String(page), '--records-per-page', String(perPage), `${data}/releases.jsonl`]));

const form = new URLSearchParams({ client_id: 'cid', client_secret: 'cs', grant_type: 'password', username: 'me@example.com', password: 'pw' });
const tokenAnswer = await fetch(`${url}/oauth/token`, { method: 'POST', body: form });
assert.equal(tokenAnswer.status, 200);
const { access_token: token } = await tokenAnswer.json();
const headers = { Authorization: `bearer ${token}` };

const filter = '`releaseStatusType` != `Cancelled`';
const get = await fetch(`${url}/releases?filter=${encodeURIComponent(filter)}&pageNum=1&recordsPerPage=7`, { headers });
assert.equal(get.status, 200);
assert.deepEqual(await get.json(), evaluate(filter, 1, 7));

const post = await fetch(`${url}/releases/filter`, {
  method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' },
  body: JSON.stringify({ PageNum: 1, RecordsPerPage: 7, ExpandoObject: { Left: 'releaseStatusType', Operator: 'NotEquals', Right: 'Cancelled' } }),
});
assert.equal(post.status, 200);
assert.deepEqual(await post.json(), evaluate(filter, 1, 7));

const bad = await fetch(`${url}/releases?filter=${encodeURIComponent('name contians x')}`, { headers });
assert.equal(bad.status, 400);
assert.equal((await bad.json()).diagnostics[0].code, 'E004');
console.log('node fetch: token, GET, POST /filter, 400 with diagnostics: all equal to eval');
