// A plain-JS parser and evaluator of plutora-filter's language, as a JavaScript programmer would
// write one in an afternoon: the baseline a C++ engine must beat. It parses and/or/parentheses,
// backticked or bare tokens and the operators the corpus uses, and matches as SPEC 5 says
// (keys ignoring case, custom fields, dates by day, numbers, text ignoring case). No diagnostics.
'use strict';

const OPERATORS = new Map([
  ['=', 'eq'], ['equals', 'eq'], ['equal', 'eq'], ['!=', 'ne'], ['notequals', 'ne'], ['notequal', 'ne'],
  ['~', 'contains'], ['contains', 'contains'], ['like', 'contains'], ['!~', 'notcontains'], ['notcontains', 'notcontains'],
  ['>', 'gt'], ['greaterthan', 'gt'], ['>=', 'ge'], ['greaterorequal', 'ge'], ['<', 'lt'], ['lessthan', 'lt'],
  ['<=', 'le'], ['lessorequals', 'le'], ['iswithin', 'in'], ['notwithin', 'notin'],
  ['hasvalue', 'has'], ['hasnovalue', 'hasnot'],
]);

function tokenize(text) {
  const out = [];
  const re = /\s*(`[^`]*`|\(|\)|!=|>=|<=|!~|[=~<>]|[^\s()`=!~<>]+)/gy;
  let m;
  while ((m = re.exec(text)) !== null && m[0].length > 0) out.push(m[1]);
  return out;
}

// The syntax tree of a filter: { junction, parts } or { field, kind, value }.
function tree(text) {
  const tokens = tokenize(text);
  let i = 0;
  const word = (t) => t !== undefined && !t.startsWith('`') && /^[a-z]+$/i.test(t);
  const unquote = (t) => (t.startsWith('`') ? t.slice(1, -1) : t);
  function operand() {
    if (tokens[i] === '(') {
      i++;
      const e = expr();
      i++; // ')'
      return e;
    }
    const field = unquote(tokens[i++]);
    let op = '';
    while (tokens[i] !== undefined && !OPERATORS.has(op.replace(/\s/g, '').toLowerCase())) op += unquote(tokens[i++]);
    const kind = OPERATORS.get(op.replace(/\s/g, '').toLowerCase());
    if (kind === 'has' || kind === 'hasnot') return { field, kind };
    return { field, kind, value: unquote(tokens[i++]) };
  }
  function chain(junction, next) {
    const parts = [next()];
    while (word(tokens[i]) && tokens[i].toLowerCase() === junction) { i++; parts.push(next()); }
    return parts.length === 1 ? parts[0] : { junction, parts };
  }
  const and = () => chain('and', operand);
  const expr = () => chain('or', and);
  return expr();
}

// A predicate over records.
const parse = (text) => compile(tree(text));

const DATE = /^(\d{4})[-/](\d{2})[-/](\d{2})$|^(\d{2})\/(\d{2})\/(\d{4})$|^(\d{2})-(\d{2})-(\d{4})$/;
function dayOf(s) {
  if (typeof s !== 'string') return null;
  if (s.length === 10) {
    const m = DATE.exec(s);
    if (!m) return null;
    const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : m[4] ? [m[6], m[4], m[5]] : [m[9], m[8], m[7]];
    return Date.UTC(+y, +mo - 1, +d) / 86400000;
  }
  const t = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(s) ? s : s + 'Z');
  return Number.isNaN(t) ? null : Math.floor(t / 86400000);
}

function lookup(record, field) {
  const lower = field.toLowerCase();
  for (const k in record) if (k.toLowerCase() === lower) return record[k];
  const custom = record.additionalInformation || record.AdditionalInformation;
  if (!Array.isArray(custom)) return undefined;
  for (const f of custom) {
    if (typeof f.name !== 'string' || f.name.toLowerCase() !== lower) continue;
    switch (String(f.dataType).toLowerCase()) {
      case 'listfield': return f.listItem ? f.listItem.value : null;
      case 'multilistfield': return Array.isArray(f.multiListItem) ? f.multiListItem.map((x) => x.value) : null;
      case 'number': return f.number;
      case 'date': return f.date;
      case 'datetime': return f.dateTime;
      default: return f.text;
    }
  }
  return undefined;
}

function compile(node) {
  if (node.junction === 'and') { const ps = node.parts.map(compile); return (r) => ps.every((p) => p(r)); }
  if (node.junction === 'or') { const ps = node.parts.map(compile); return (r) => ps.some((p) => p(r)); }
  const { field, kind } = node;
  const value = node.value === undefined ? '' : node.value;
  const folded = value.toLowerCase();
  const day = dayOf(value);
  const number = /^-?\d+(\.\d+)?$/.test(value) && day === null ? Number(value) : null;
  const items = folded.split(',');
  const text = (v) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null);
  const order = (v) => {
    if (day !== null) { const d = dayOf(v); return d === null ? null : d - day; }
    if (number !== null && v !== '' && !Number.isNaN(Number(v)) && (typeof v === 'number' || typeof v === 'string')) return Number(v) - number;
    const t = text(v);
    return t === null ? null : t.toLowerCase() < folded ? -1 : t.toLowerCase() > folded ? 1 : 0;
  };
  const one = {
    eq: (v) => order(v) === 0,
    contains: (v) => { const t = text(v); return t !== null && t.toLowerCase().includes(folded); },
    gt: (v) => { const o = order(v); return o !== null && o > 0; },
    ge: (v) => { const o = order(v); return o !== null && o >= 0; },
    lt: (v) => { const o = order(v); return o !== null && o < 0; },
    le: (v) => { const o = order(v); return o !== null && o <= 0; },
    in: (v) => { const t = text(v); return t !== null && items.includes(t.toLowerCase()); },
  };
  const any = (test) => (r) => {
    const v = lookup(r, field);
    if (v === undefined || v === null) return false;
    return Array.isArray(v) ? v.some((x) => x !== null && test(x)) : typeof v !== 'object' && test(v);
  };
  const has = (r) => { const v = lookup(r, field); return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0); };
  switch (kind) {
    case 'has': return has;
    case 'hasnot': return (r) => !has(r);
    case 'ne': { const p = any(one.eq); return (r) => !p(r); }
    case 'notcontains': { const p = any(one.contains); return (r) => !p(r); }
    case 'notin': { const p = any(one.in); return (r) => !p(r); }
    default: return any(one[kind]);
  }
}

module.exports = { tree, parse };
