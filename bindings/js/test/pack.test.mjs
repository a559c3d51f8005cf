// `npm pack` gives a package that installs into an empty project and works there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const staged = process.env.PLUTORA_FILTER_JS ? dirname(process.env.PLUTORA_FILTER_JS) : null;

test('the packed package installs and works in a scratch project', { skip: !staged }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'pf-npm-'));
  try {
    const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const tarball = npm(['pack', '--pack-destination', scratch, '--silent'], staged).trim().split('\n').pop();
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', private: true, type: 'module' }));
    npm(['install', '--no-audit', '--no-fund', '--offline', join(scratch, tarball)], scratch);
    writeFileSync(join(scratch, 'use.mjs'), `
      import { lint, toQuery, evaluate, version } from 'plutora-filter';
      console.log(JSON.stringify({ version, code: lint('name contians abc')[0].code, query: toQuery('a = 1'),
        total: evaluate('n > 1', [{ n: 2 }, { n: 1 }]).totalCount }));`);
    const out = JSON.parse(execFileSync('node', ['use.mjs'], { cwd: scratch, encoding: 'utf8' }));
    assert.deepEqual(out, { version: '0.1.0', code: 'E004', query: 'filter=%60a%60%20Equals%20%601%60&pageNum=0&recordsPerPage=100', total: 1 });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
