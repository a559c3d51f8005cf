// The playground: the library in the page (WebAssembly), re-run on every keystroke.
import { api } from './core.mjs';

const pf = api(await globalThis.createPlutoraFilter());
const $ = (id) => document.getElementById(id);
const input = $('input'), entitySelect = $('entity'), strict = $('strict');
const utf8 = new TextEncoder(), text8 = new TextDecoder();

for (const e of pf.entities()) entitySelect.add(new Option(e.name, e.name));

// Byte offsets (what diagnostics carry) to string indices.
function indexOf(text, byteOffset) {
  return text8.decode(utf8.encode(text).slice(0, byteOffset)).length;
}

function underline(text, diagnostics) {
  const highlight = $('highlight');
  highlight.textContent = '';
  const spans = diagnostics.filter((d) => !d.pointer || d.pointer !== 'filter')
    .map((d) => ({ from: indexOf(text, d.offset), to: indexOf(text, d.offset + Math.max(d.length, 1)), d }))
    .sort((a, b) => a.from - b.from);
  let at = 0;
  for (const { from, to, d } of spans) {
    if (from < at) continue;  // overlapping: the first one shows
    highlight.append(text.slice(at, from));
    const mark = document.createElement('mark');
    mark.className = d.severity;
    mark.title = `${d.code}: ${d.message}`;
    mark.textContent = text.slice(from, to) || ' ';
    highlight.append(mark);
    at = Math.max(to, from);
  }
  highlight.append(text.slice(at));
}

function applyFix(fix) {
  const bytes = utf8.encode(input.value);
  input.value = text8.decode(bytes.slice(0, fix.offset)) + fix.replacement + text8.decode(bytes.slice(fix.offset + fix.length));
  update();
  input.focus();
}

function showDiagnostics(diagnostics) {
  const list = $('diagnostics');
  list.textContent = '';
  if (diagnostics.length === 0) {
    const li = document.createElement('li');
    li.textContent = 'No problems.';
    li.className = 'clean';
    list.append(li);
    return;
  }
  for (const d of diagnostics) {
    const li = document.createElement('li');
    li.className = d.severity;
    li.dataset.code = d.code;
    const code = document.createElement('span');
    code.className = 'code';
    code.textContent = d.code;
    const where = `${d.line}:${d.column}${d.pointer ? ` (${d.pointer})` : ''}`;
    li.append(code, `${where} ${d.severity}: ${d.message} `);
    if (d.fix && d.pointer !== 'filter') {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'fix';
      button.textContent = d.fix.replacement ? `Fix: ${d.fix.replacement}` : 'Fix: remove';
      button.addEventListener('click', () => applyFix(d.fix));
      li.append(button);
    }
    list.append(li);
  }
}

function attempt(id, produce) {
  try {
    $(id).textContent = produce();
  } catch (e) {
    $(id).textContent = e.diagnostics ? `${e.diagnostics[0].code}: ${e.diagnostics[0].message}` : e.message;
  }
}

function update() {
  const value = input.value;
  const options = { strict: strict.checked, entity: entitySelect.value || undefined };
  const paging = { pageNum: Number($('page-num').value) || 0, recordsPerPage: Number($('records-per-page').value) || 100 };
  let diagnostics;
  try {
    diagnostics = pf.lint(value, options);
  } catch (e) {
    diagnostics = [{ code: 'E000', severity: 'error', message: e.message, offset: 0, length: 0, line: 1, column: 1 }];
  }
  showDiagnostics(diagnostics);
  underline(value, diagnostics);
  attempt('canonical', () => pf.format(value, options));
  attempt('query', () => pf.toQuery(value, { ...options, ...paging }));
  attempt('expando', () => JSON.stringify(pf.toExpando(value, { ...options, ...paging }), null, 2));
  attempt('searchfilters', () => JSON.stringify(pf.toSearchFilters(value, { ...options, ...paging }), null, 2));
  attempt('page', () => JSON.stringify(pf.evaluate(value, $('records').value, { ...options, ...paging }), null, 2));
}

function showFields() {
  const fields = $('fields');
  fields.textContent = '';
  if (!entitySelect.value) return;
  for (const f of pf.entity(entitySelect.value).fields) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = f.name;
    button.title = `${f.type}: insert \`${f.name}\``;
    button.addEventListener('click', () => {
      const at = input.selectionStart ?? input.value.length;
      input.setRangeText(`\`${f.name}\``, at, input.selectionEnd ?? at, 'end');
      update();
      input.focus();
    });
    fields.append(button);
  }
}

input.addEventListener('input', update);
strict.addEventListener('change', update);
entitySelect.addEventListener('change', () => { showFields(); update(); });
$('records').addEventListener('input', update);
$('page-num').addEventListener('input', update);
$('records-per-page').addEventListener('input', update);
$('records-file').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  if (file) { $('records').value = await file.text(); update(); }
});
for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const content = $(button.dataset.copy).textContent;
    try { await navigator.clipboard.writeText(content); button.textContent = 'Copied'; } catch { button.textContent = 'Copy failed'; }
    setTimeout(() => { button.textContent = 'Copy'; }, 1500);
  });
}
update();
$('status').textContent = `ready (plutora-filter ${pf.version})`;
globalThis.plutoraFilterReadyMs = performance.now();  // from navigation start: load + initialise
