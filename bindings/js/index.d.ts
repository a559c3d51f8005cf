// Types of plutora-filter for JavaScript (the C++ library as WebAssembly).

export interface Fix {
  offset: number;
  length: number;
  replacement: string;
}

export interface Diagnostic {
  code: string;               // "E008"
  severity: 'error' | 'warning';
  message: string;
  offset: number;             // UTF-8 bytes into the input
  length: number;
  line: number;               // 1-based
  column: number;             // 1-based, in code points
  fix?: Fix;
  pointer?: string;           // a JSON pointer into a body, or "filter" for a query string's decoded filter
}

export type Form = 'auto' | 'text' | 'query' | 'expando' | 'searchfilters';
export type Input = string | object;
export type SortKey = string | [string, 'asc' | 'desc'];

export interface ReadOptions {
  strict?: boolean;
  form?: Form;
  entity?: string;            // any spelling: "releases", "Release", "/TECRs/filter"
  schema?: Schema;
}

export interface RequestOptions extends ReadOptions {
  pageNum?: number;
  recordsPerPage?: number;
  sort?: SortKey[];
  baseUrl?: string;           // toQuery only
}

export interface Page {
  resultSet: object[];
  returnCount: number;
  totalCount: number;
  pageNum: number;
  recordsPerPage: number;
}

export class FilterError extends Error {
  diagnostics: Diagnostic[];
}

export class Schema {
  constructor(json?: string | object);
  free(): void;
}

export const version: string;
export function lint(value: Input, options?: ReadOptions): Diagnostic[];
export function parse(value: Input, options?: ReadOptions): object;
export function format(value: Input, options?: ReadOptions): string;
export function toQuery(value: Input, options?: RequestOptions): string;
export function toExpando(value: Input, options?: RequestOptions): object;
export function toSearchFilters(value: Input, options?: RequestOptions): object;
export function evaluate(filter: Input, records: object[] | string, options?: RequestOptions & { from?: Form }): Page;
export function entities(schema?: Schema): object[];
export function entity(name: string, schema?: Schema): object;

export interface ReadRequest {
  filter: object;
  pageNum: number;
  recordsPerPage: number;
}
export function fromQuery(query: string, options?: ReadOptions): ReadRequest & { entity: string | null };
export function fromBody(body: Input, options?: ReadOptions): ReadRequest & { sort: [string, 'asc' | 'desc'][] };

export class Records {
  constructor(records: object[] | string);
  readonly size: number;
  evaluate(filter: Input, options?: RequestOptions & { from?: Form }): Page;
  count(filter: Input, options?: ReadOptions): number;
  free(): void;
}
