// plutora-filter for Node: the C++ library compiled to WebAssembly (plutora_filter.cjs, built by
// `emcmake cmake` — see README), behind its C API; the functions are in core.mjs.
import { createRequire } from 'node:module';
import { api } from './core.mjs';

const createPlutoraFilter = createRequire(import.meta.url)('./plutora_filter.cjs');
const pf = api(await createPlutoraFilter());

export const { fromQuery, fromBody, Records, version, lint, parse, format, toQuery, toExpando, toSearchFilters, evaluate, entities, entity, Schema } = pf;
export { FilterError } from './core.mjs';
