// The JavaScript API over the WebAssembly module's C API, for any host: `api(module)` takes an
// initialised Emscripten module (Node: index.mjs; a browser: the playground) and returns the
// functions. Plain JS values in and out: diagnostics are objects {code, severity, message,
// offset, length, line, column, fix?, pointer?}.

/** A filter that cannot be read or written: `diagnostics` says why. */
export class FilterError extends Error {
  constructor(diagnostics) {
    const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
    super(first ? `${first.line}:${first.column}: ${first.message} [${first.code}]` : 'invalid filter');
    this.name = 'FilterError';
    this.diagnostics = diagnostics;
  }
}

export function api(m) {
  const FORMS = { auto: 0, text: 1, query: 2, expando: 3, searchfilters: 4 };
  const STATUS = { ok: 0, invalid: 1, badArgument: 2, outOfMemory: 3, internal: 4, unknownEntity: 5 };


  // Memory in the module: a UTF-8 copy of a JS string, and out-parameters.
  function withString(text, body) {
    const length = m.lengthBytesUTF8(text);
    const pointer = m._malloc(length + 1);
    m.stringToUTF8(text, pointer, length + 1);
    try {
      return body(pointer, length);
    } finally {
      m._free(pointer);
    }
  }
  function withOut(count, body) {
    const slots = m._malloc(4 * count);
    for (let i = 0; i < count; i++) m.setValue(slots + 4 * i, 0, 'i32');
    try {
      return body((i) => slots + 4 * i, (i) => m.getValue(slots + 4 * i, 'i32'));
    } finally {
      m._free(slots);
    }
  }
  function takeString(pointer) {
    if (!pointer) return null;
    const text = m.UTF8ToString(pointer);
    m._pf_string_free(pointer);
    return text;
  }
  function formCode(form) {
    const code = FORMS[(form ?? 'auto').toLowerCase()];
    if (code === undefined) throw new TypeError(`form must be auto, text, query, expando or searchfilters, not ${form}`);
    return code;
  }
  function source(value) {
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object') return JSON.stringify(value);
    throw new TypeError('expected filter text, a query string or a body (string or object)');
  }

  // Reads an input into a request handle; `use(request, diagnostics)` runs before it is freed.
  function withRequest(value, options, use) {
    const { strict = false, form, entity, schema } = options ?? {};
    return withString(source(value), (text, length) => withOut(2, (slot, read) => {
      // Always against a catalogue (the built-in one by default), so a URL's path names its entity.
      const status = withString(entity ?? '', (name) => m._pf_read_checked(text, length, formCode(form), strict ? 1 : 0,
        schema?.handle ?? 0, entity ? name : 0, slot(0), slot(1)));
      const diagnostics = JSON.parse(takeString(read(1)) ?? '[]');
      if (status === STATUS.unknownEntity) {
        const why = diagnostics[0];
        throw new RangeError((typeof why === 'string' ? why : why?.message) ?? `unknown entity ${entity}`);
      }
      const request = read(0);
      if (!request) return use(null, diagnostics);
      try {
        return use(request, diagnostics);
      } finally {
        m._pf_request_free(request);
      }
    }));
  }
  function requireRequest(request, diagnostics) {
    if (!request || diagnostics.some((d) => d.severity === 'error')) throw new FilterError(diagnostics);
  }
  function applyPaging(request, { pageNum, recordsPerPage, sort } = {}) {
    if (pageNum !== undefined || recordsPerPage !== undefined) {
      withOut(1, (slot, read) => {
        // int64_t parameters arrive as (low, high) 32-bit halves in this build (no WASM_BIGINT).
        const halves = (n) => { const b = BigInt(Math.trunc(n)); return [Number(BigInt.asIntN(32, b)), Number(BigInt.asIntN(32, b >> 32n))]; };
        const status = m._pf_request_paging(request, ...halves(pageNum ?? 0), ...halves(recordsPerPage ?? 100), slot(0));
        const diagnostics = JSON.parse(takeString(read(0)) ?? '[]');
        if (status !== STATUS.ok) throw new RangeError(diagnostics[0]?.message ?? 'invalid paging');
      });
    }
    if (sort) {
      m._pf_request_clear_sort(request);
      for (const key of sort) {
        const [field, direction = 'asc'] = Array.isArray(key) ? key : String(key).split(':');
        withString(field, (f) => m._pf_request_add_sort(request, f, direction.toLowerCase() === 'desc' ? 1 : 0));
      }
    }
  }
  function emitForm(value, form, options = {}) {
    return withRequest(value, options, (request, diagnostics) => {
      requireRequest(request, diagnostics);
      applyPaging(request, options);
      return withString(options.baseUrl ?? '', (base) => withOut(2, (slot, read) => {
        const status = m._pf_emit(request, FORMS[form], options.baseUrl ? base : 0, slot(0), slot(1));
        const output = takeString(read(0));
        const emitted = JSON.parse(takeString(read(1)) ?? '[]');
        if (status !== STATUS.ok) throw new FilterError(emitted);
        return output;
      }));
    });
  }

  /** The library's version. */
  const version = m.UTF8ToString(m._pf_version());

  /** Every diagnostic of one input (filter text, a URL or query string, or a body); never throws
   * for a bad filter. With `entity`, fields and values are checked against the schema. */
  function lint(value, options) {
    return withRequest(value, options, (_request, diagnostics) => diagnostics);
  }

  /** The syntax tree (docs/FORMS.md); FilterError when the input has an error. */
  function parse(value, options) {
    return withRequest(value, options, (request, diagnostics) => {
      requireRequest(request, diagnostics);
      return withOut(1, (slot, read) => {
        m._pf_ast_json(request, slot(0));
        return JSON.parse(takeString(read(0)));
      });
    });
  }

  /** The canonical text of a filter. */
  function format(value, options) { return emitForm(value, 'text', options); }
  /** The URL-encoded query string (`filter=…&pageNum=…&recordsPerPage=…`), after `baseUrl` if given. */
  function toQuery(value, options) { return emitForm(value, 'query', options); }
  /** The ExpandoObject body, as an object. */
  function toExpando(value, options) { return JSON.parse(emitForm(value, 'expando', options)); }
  /** The searchFilters body, as an object (FilterError for a filter that needs `or`). */
  function toSearchFilters(value, options) { return JSON.parse(emitForm(value, 'searchfilters', options)); }

  // The request read from an input: {filter, pageNum, recordsPerPage, sort, entity}.
  function requestOf(value, options, form) {
    return withRequest(value, { ...options, form }, (request, diagnostics) => {
      requireRequest(request, diagnostics);
      return withOut(1, (slot, read) => {
        m._pf_request_json(request, slot(0));
        return JSON.parse(takeString(read(0)));
      });
    });
  }

  /** A URL or query string: {filter: tree, pageNum, recordsPerPage, entity: the one checked
   * against (`entity`, or the one its path names) or null}; FilterError on an error. */
  function fromQuery(query, options) {
    const { filter, pageNum, recordsPerPage, entity: checked } = requestOf(query, options, 'query');
    return { filter, pageNum, recordsPerPage, entity: checked };
  }

  /** A POST body (string or object): {filter: tree, pageNum, recordsPerPage, sort: [[field, 'asc'|'desc']]}. */
  function fromBody(body, options) {
    const { filter, pageNum, recordsPerPage, sort } = requestOf(body, options, 'auto');
    return { filter, pageNum, recordsPerPage, sort };
  }

  /** Records loaded once (an array of objects, or JSON text: an array, a saved answer, JSON
   * Lines), filtered many times. Call free() when done. */
  class Records {
    constructor(records) {
      const text = typeof records === 'string' ? records : JSON.stringify(records);
      this.handle = withString(text, (t, length) => withOut(2, (slot, read) => {
        const status = m._pf_records_load(t, length, slot(0), slot(1));
        const error = takeString(read(1));
        if (status !== STATUS.ok) throw new SyntaxError(error ?? 'the records could not be read');
        return read(0);
      }));
    }
    get size() { return m._pf_records_size(this.handle); }
    /** The page of a filter over these records, as `evaluate` gives it. */
    evaluate(filter, options = {}) {
      return withRequest(filter, { ...options, form: options.from }, (request, diagnostics) => {
        requireRequest(request, diagnostics);
        applyPaging(request, options);
        return withOut(1, (slot, read) => {
          m._pf_records_evaluate(this.handle, request, slot(0));
          return JSON.parse(takeString(read(0)));
        });
      });
    }
    /** How many records match. */
    count(filter, options = {}) { return this.evaluate(filter, { ...options, recordsPerPage: 1 }).totalCount; }
    free() {
      m._pf_records_free(this.handle);
      this.handle = 0;
    }
  }

  /** The page the API would return over records (an array of objects, or JSON text: an array, a
   * saved answer, JSON Lines): {resultSet, returnCount, totalCount, pageNum, recordsPerPage}. */
  function evaluate(filter, records, options = {}) {
    const text = typeof records === 'string' ? records : JSON.stringify(records);
    return withRequest(filter, { ...options, form: options.from }, (request, diagnostics) => {
      requireRequest(request, diagnostics);
      applyPaging(request, options);
      return withString(text, (recordsText, length) => withOut(2, (slot, read) => {
        const status = m._pf_evaluate(request, recordsText, length, slot(0), slot(1));
        const envelope = takeString(read(0));
        const error = takeString(read(1));
        if (status !== STATUS.ok) throw new SyntaxError(error ?? 'the records could not be read');
        return JSON.parse(envelope);
      }));
    });
  }

  let builtin = null;
  const catalogue = (schema) => schema ?? (builtin ??= new Schema());

  /** The entities of the built-in catalogue (or of `schema`), each with its fields. */
  function entities(schema) {
    return JSON.parse(withOut(2, (slot, read) => {
      m._pf_schema_json(catalogue(schema).handle, 0, slot(0), slot(1));
      takeString(read(1));
      return takeString(read(0));
    }));
  }

  /** One entity (any spelling: "release", "/TECRs/filter"): name, endpoints, fields. */
  function entity(name, schema) {
    return withString(name, (n) => withOut(2, (slot, read) => {
      const status = m._pf_schema_json(catalogue(schema).handle, n, slot(0), slot(1));
      const output = takeString(read(0));
      const error = takeString(read(1));
      if (status !== STATUS.ok) throw new RangeError(error ?? `unknown entity ${name}`);
      return JSON.parse(output);
    }));
  }

  /** A catalogue extended by a schema file (docs/SCHEMAS.md); pass it as `schema`. Without an
   * argument: the built-in catalogue. */
  class Schema {
    constructor(json) {
      const text = json === undefined ? '' : typeof json === 'string' ? json : JSON.stringify(json);
      this.handle = withString(text, (t, length) => withOut(2, (slot, read) => {
        const status = m._pf_schema_load(json === undefined ? 0 : t, length, slot(0), slot(1));
        const error = takeString(read(1));
        if (status !== STATUS.ok) throw new SyntaxError(error ?? 'invalid schema');
        return read(0);
      }));
    }
    /** Releases the catalogue's memory in the module. */
    free() {
      m._pf_schema_free(this.handle);
      this.handle = 0;
    }
  }

  return { fromQuery, fromBody, Records, version, lint, parse, format, toQuery, toExpando, toSearchFilters, evaluate, entities, entity, Schema, FilterError };
}
