// The playground in a real browser (Debian's Chromium, headless, driven by puppeteer-core):
// the source document's INCORRECT example gives E008 with its message; its fix makes the filter
// clean; with an entity, a misspelled field is E016; every form equals the CLI's output, and so
// does the page over records — after the browser went offline. A screenshot is taken.
//   PLAYGROUND_DIR (build/wasm/playground), PLUTORA_FILTER (the native CLI),
//   CHROMIUM (default /usr/bin/chromium), PLAYGROUND_SCREENSHOT (optional PNG path)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const dir = process.env.PLAYGROUND_DIR;
const cli = process.env.PLUTORA_FILTER;
const types = { '.html': 'text/html', '.mjs': 'text/javascript', '.js': 'text/javascript', '.css': 'text/css' };
const emit = (to, input) => execFileSync(cli, ['emit', '--to', to, '--', input], { encoding: 'utf8' }).trimEnd();

test('the playground in Chromium', { skip: !dir || !cli, timeout: 120000 }, async () => {
  const server = createServer(async (req, res) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname === '/' ? 'index.html' : new URL(req.url, 'http://x').pathname)));
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewport({ width: 1200, height: 1400 });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('ready'), { timeout: 30000 });
    const readyMs = await page.evaluate(() => globalThis.plutoraFilterReadyMs);
    console.log(`playground: loaded and initialised in ${readyMs.toFixed(0)} ms after navigation`);
    const text = (id) => page.$eval(`#${id}`, (e) => e.textContent);
    const typeFilter = async (value) => {
      await page.$eval('#input', (e) => { e.value = ''; });
      await page.type('#input', value);
    };

    // The source document's INCORRECT example: E008, underlined in place, with its message.
    await typeFilter('`name` like `ABC` or ( `displayColor` like `#` )');
    const items = await page.$$eval('#diagnostics li', (lis) => lis.map((li) => ({ code: li.dataset.code, text: li.textContent })));
    const e008 = items.find((i) => i.code === 'E008');
    assert.ok(e008, JSON.stringify(items));
    assert.match(e008.text, /not in parentheses but others in its chain are/);
    assert.ok(await page.$('#highlight mark.error'), 'the finding is underlined in place');

    // Its fix, by keyboard: focus the button and press Enter.
    await page.focus('#diagnostics li.error button.fix');
    await page.keyboard.press('Enter');
    assert.equal(await page.$eval('#input', (e) => e.value), '( `name` like `ABC` ) or ( `displayColor` like `#` )');
    assert.equal(await text('diagnostics'), 'No problems.');

    // An entity: a misspelled field is E016, with its did-you-mean.
    await page.select('#entity', 'releases');
    await typeFilter('`nmae` contains `abc`');
    const e016 = await page.$eval('#diagnostics li[data-code="E016"]', (li) => li.textContent);
    assert.match(e016, /unknown field `nmae` of releases; did you mean `name`\?/);
    assert.ok(await page.$$eval('#fields button', (b) => b.map((x) => x.textContent).includes('lastModifiedDate')), 'field completion');
    await page.select('#entity', '');

    // Offline from here: every form and the page come from the module already loaded.
    await page.setOfflineMode(true);
    const filter = '( `Name` contains `ABC` ) and ( `LastModifiedDate` >= 2019-02-01 )';
    await typeFilter(filter);
    assert.equal(await text('canonical'), execFileSync(cli, ['format', '--', filter], { encoding: 'utf8' }).trimEnd());
    assert.equal(await text('query'), emit('query', filter));
    assert.deepEqual(JSON.parse(await text('expando')), JSON.parse(emit('expando', filter)));
    assert.deepEqual(JSON.parse(await text('searchfilters')), JSON.parse(emit('searchfilters', filter)));
    const records = await page.$eval('#records', (e) => e.value);
    const native = execFileSync(cli, ['eval', '--filter', filter, '-'], { input: records, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(await text('page')), JSON.parse(native));
    assert.deepEqual(errors, []);
    if (process.env.PLAYGROUND_SCREENSHOT) {
      await typeFilter('`name` like `ABC` or ( `displayColor` like `#` )');
      await page.screenshot({ path: process.env.PLAYGROUND_SCREENSHOT, clip: { x: 0, y: 0, width: 1200, height: 760 } });
    }
  } finally {
    await browser.close();
    server.close();
  }
});
