"""Check, format, convert and evaluate Plutora REST API filters.

    >>> import plutora_filter as pf
    >>> pf.format("name contains abc and type not equal Defect")
    '( `name` Contains `abc` ) and ( `type` NotEquals `Defect` )'
    >>> pf.lint("name contians abc")[0]
    <Diagnostic E004 error at 1:6: expected an operator after field `name`, found `contians`; did you mean `Contains`?>

A filter may be given in any form the API takes: filter text, a URL or query string (starting
with ``http``, ``?`` or ``filter=``), or a POST body (a dict, or a JSON string starting with
``{``). Functions that need a valid filter raise FilterError, which carries the diagnostics.
Offsets are UTF-8 byte offsets into the input; ``column`` counts code points.

With ``entity=`` (or a URL whose path names one) filters are checked against the API's fields:

    >>> pf.lint("`nmae` contains `abc`", entity="releases")[0]
    <Diagnostic E016 error at 1:1: unknown field `nmae` of releases; did you mean `name`?>
    >>> tenant = pf.Schema.load({"entities": {"releases": {"fields": {"Budget Code": {"type": "string", "custom": True}}}}})
    >>> pf.lint("`budget code` = `X1`", entity="releases", schema=tenant)[0].code
    'W117'
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple, Union

from . import _plutora_filter as _native

__version__: str = _native.version
__all__ = [
    "Diagnostic", "Fix", "FilterError", "RecordError", "PagingWarning", "Schema", "lint", "parse", "format", "to_query", "to_expando",
    "to_search_filters", "from_query", "from_body", "evaluate", "entities", "entity", "Records",
]

Input = Union[str, Dict[str, Any]]
SortSpec = Union[str, Tuple[str, str]]


@dataclass(frozen=True)
class Fix:
    """Replace ``length`` bytes at ``offset`` with ``replacement``."""

    offset: int
    length: int
    replacement: str


@dataclass(frozen=True)
class Diagnostic:
    """One finding (SPEC 2): a stable code, what is wrong and what to write instead."""

    code: str
    severity: str
    message: str
    offset: int
    length: int
    line: int
    column: int
    fix: Optional[Fix] = None
    pointer: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __repr__(self) -> str:
        where = f"{self.line}:{self.column}" + (f" {self.pointer}" if self.pointer else "")
        return f"<Diagnostic {self.code} {self.severity} at {where}: {self.message}>"

    def __str__(self) -> str:
        return f"{self.line}:{self.column}: {self.severity}: {self.message} [{self.code}]"


class FilterError(ValueError):
    """The input has an error, or the requested form cannot express it. ``diagnostics`` has all
    findings, warnings included."""

    def __init__(self, diagnostics: List[Diagnostic]):
        self.diagnostics = diagnostics
        errors = [d for d in diagnostics if d.is_error] or diagnostics
        super().__init__("; ".join(str(d) for d in errors) or "invalid filter")


class PagingWarning(UserWarning):
    """recordsPerPage capped at 100 (W104), or 0 meaning the default (W111), as the CLI warns."""


class RecordError(ValueError):
    """A record given to evaluate() is not a JSON object, or not valid JSON."""


class Schema:
    """The API's entities and their fields: the built-in catalogue (``Schema()``), or it extended
    by schema files (``Schema.load``; format in docs/SCHEMAS.md). Immutable."""

    def __init__(self, _native_schema: Any = None):
        self._native = _native_schema if _native_schema is not None else _native.Schema()

    @classmethod
    def load(cls, source: Union[str, Dict[str, Any]], base: Optional["Schema"] = None) -> "Schema":
        """A schema file's JSON (text or dict) over ``base`` (the built-in catalogue by default).
        ValueError naming the JSON pointer of a fault."""
        text = json.dumps(source, ensure_ascii=False) if isinstance(source, dict) else source
        return cls(_native.Schema.load(text, (base or _BUILTIN)._native))

    @classmethod
    def from_file(cls, path: str, base: Optional["Schema"] = None) -> "Schema":
        """A schema file read from ``path``."""
        with open(path, encoding="utf-8") as f:
            return cls.load(f.read(), base)

    def entities(self) -> List[str]:
        """The entity names, in catalogue order."""
        return list(self._native.names())

    def entity(self, name: str) -> Dict[str, Any]:
        """One entity (any spelling: "release", "/TECRs/filter"): name, aliases, endpoints and fields
        with types and known values. ValueError, with a did-you-mean, for an unknown name."""
        return json.loads(self._native.entity_json(name))


_BUILTIN = Schema()


def entities() -> List[str]:
    """The entities of the built-in catalogue."""
    return _BUILTIN.entities()


def entity(name: str) -> Dict[str, Any]:
    """One entity of the built-in catalogue, as Schema.entity."""
    return _BUILTIN.entity(name)


def _diagnostics(text: str) -> List[Diagnostic]:
    out = []
    for d in json.loads(text):
        fix = d.pop("fix", None)
        out.append(Diagnostic(fix=Fix(**fix) if fix else None, **d))
    return out


def _source(value: Input) -> str:
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        return value
    raise TypeError(f"expected filter text, a query string or a body (str or dict), not {type(value).__name__}")


def _outcome(value: Input, form: Optional[str], strict: bool, entity: Optional[str], schema: Optional[Schema],
             to_server: bool = True):
    return _native.read(_source(value), form, strict, (schema or _BUILTIN)._native, entity, to_server)


def _read(value: Input, form: Optional[str] = None, strict: bool = False, entity: Optional[str] = None,
          schema: Optional[Schema] = None, to_server: bool = True):
    outcome = _outcome(value, form, strict, entity, schema, to_server)
    diagnostics = _diagnostics(outcome.diagnostics)
    if outcome.request is None:
        raise FilterError(diagnostics)
    return outcome.request, diagnostics, outcome.filter_text


def _sort_keys(sort: Iterable[SortSpec]) -> List[Tuple[str, bool]]:
    keys = []
    for spec in sort:
        # The library's one sort-key rule (as the CLI's --sort): a tuple is read as "field:direction".
        key = _native.parse_sort_key(f"{spec[0]}:{spec[1]}" if isinstance(spec, tuple) else spec)
        if key is None:
            raise ValueError(f"a sort key is 'field', 'field:asc', 'field:desc' or (field, 'asc'|'desc'), not {spec!r}")
        keys.append(key)
    return keys


def _request(value: Input, page_num: Optional[int], records_per_page: Optional[int], sort: Optional[Iterable[SortSpec]],
             entity: Optional[str] = None, schema: Optional[Schema] = None, form: Optional[str] = None,
             to_server: bool = True):
    outcome = _outcome(value, None, False, entity, schema, to_server)
    if outcome.request is None:
        raise FilterError(_diagnostics(outcome.diagnostics))
    if form is not None:
        wrong = outcome.check_form(form)
        if wrong is not None:
            raise FilterError(_diagnostics(wrong))
    request = outcome.request
    if page_num is not None or records_per_page is not None:
        # The library's one paging rule (as the CLI's): W104/W111 become warnings, E015 an error.
        for d in _diagnostics(request.set_paging(page_num, records_per_page)):
            if d.is_error:
                raise ValueError(d.message)
            warnings.warn(f"{d.message} [{d.code}]", PagingWarning, stacklevel=3)
    if sort is not None:
        request.sort = _sort_keys(sort)
    return request, outcome


def _emit(read, form: str, base_url: str = "") -> str:
    request, outcome = read
    output, diagnostics = request.emit(form, base_url, outcome.source, outcome.pointer)
    if output is None:
        raise FilterError(_diagnostics(diagnostics))
    return output


def lint(value: Input, *, strict: bool = False, form: Optional[str] = None, entity: Optional[str] = None,
         schema: Optional[Schema] = None) -> List[Diagnostic]:
    """Every diagnostic of one input; never raises for a bad filter. With ``entity`` (or a URL
    whose path names one) fields and values are checked against ``schema`` (the built-in
    catalogue by default); an unknown entity is a ValueError."""
    return _diagnostics(_outcome(value, form, strict, entity, schema).diagnostics)


def parse(value: Input, *, strict: bool = False, form: Optional[str] = None, entity: Optional[str] = None,
          schema: Optional[Schema] = None) -> Dict[str, Any]:
    """The syntax tree as a dict (SPEC 4.1): {"field", "operator", "value", "type", …} or {"and"|"or": [...]}.
    With an entity, each value's ``type`` follows its field's."""
    request, _, _ = _read(value, form, strict, entity, schema)
    return json.loads(request.ast_json())


def format(value: Input, *, normalize_dates: bool = False, strict: bool = False,  # noqa: A001 (the API's word)
           entity: Optional[str] = None, schema: Optional[Schema] = None) -> str:
    """The canonical text (SPEC 3)."""
    request, _, _ = _read(value, None, strict, entity, schema)
    return request.format(normalize_dates)


def to_query(value: Input, *, page_num: Optional[int] = None, records_per_page: Optional[int] = None,
             base_url: Optional[str] = None, entity: Optional[str] = None, schema: Optional[Schema] = None) -> str:
    """``filter=…&pageNum=…&recordsPerPage=…``, or ``base_url?filter=…``."""
    return _emit(_request(value, page_num, records_per_page, None, entity, schema), "query", base_url or "")


def to_expando(value: Input, *, page_num: Optional[int] = None, records_per_page: Optional[int] = None,
               sort: Optional[Sequence[SortSpec]] = None, entity: Optional[str] = None,
               schema: Optional[Schema] = None) -> Dict[str, Any]:
    """The ExpandoObject body, chains folded to the left; FilterError (E018) for an entity without POST /filter."""
    return json.loads(_emit(_request(value, page_num, records_per_page, sort, entity, schema, "expando"), "expando"))


def to_search_filters(value: Input, *, page_num: Optional[int] = None, records_per_page: Optional[int] = None,
                      sort: Optional[Sequence[SortSpec]] = None, entity: Optional[str] = None,
                      schema: Optional[Schema] = None) -> Dict[str, Any]:
    """The searchFilters body; FilterError for a filter that needs ``or`` (E020) or an entity
    without POST /filter (E018)."""
    return json.loads(_emit(_request(value, page_num, records_per_page, sort, entity, schema, "searchfilters"), "searchfilters"))


def from_query(query: str, *, strict: bool = False, entity: Optional[str] = None,
               schema: Optional[Schema] = None) -> Dict[str, Any]:
    """A URL or query string: {"filter": tree, "text": decoded filter, "page_num", "records_per_page",
    "entity": the entity it was checked against (``entity``, or the one its path names) or None}."""
    outcome = _outcome(query, "query", strict, entity, schema)
    if outcome.request is None:
        raise FilterError(_diagnostics(outcome.diagnostics))
    request = outcome.request
    return {"filter": json.loads(request.ast_json()), "text": outcome.filter_text, "page_num": request.page_num,
            "records_per_page": request.records_per_page, "entity": outcome.entity}


def from_body(body: Input, *, strict: bool = False, entity: Optional[str] = None,
              schema: Optional[Schema] = None) -> Dict[str, Any]:
    """A POST body: {"filter": tree, "page_num", "records_per_page", "sort": [(field, "asc"|"desc")]}."""
    request, _, _ = _read(body, "expando", strict, entity, schema)
    return {"filter": json.loads(request.ast_json()), "page_num": request.page_num,
            "records_per_page": request.records_per_page,
            "sort": [(field, "desc" if descending else "asc") for field, descending in request.sort]}


RecordsInput = Union[Sequence[Dict[str, Any]], str, bytes]


def _records_text(records: RecordsInput):
    if isinstance(records, (str, bytes)):
        return records
    return json.dumps(list(records), ensure_ascii=False)


class Records:
    """Records loaded once, for many filters: a list of dicts, or a JSON array or JSON Lines as
    str or bytes. Parsed with simdjson, every value typed once; immutable (share it across
    threads). RecordError when a record is not a JSON object or not valid JSON."""

    def __init__(self, records: RecordsInput):
        text = _records_text(records)
        try:
            self._native = _native.Records.load_bytes(text) if isinstance(text, bytes) else _native.Records.load(text)
        except ValueError as e:
            raise RecordError(str(e)) from None

    def __len__(self) -> int:
        return self._native.size()

    def __getitem__(self, index: int) -> Dict[str, Any]:
        """Record ``index`` as a dict (parsed from its original bytes)."""
        if index < 0:
            index += len(self)
        return json.loads(self._native.record(index))

    def count(self, value: Input, *, entity: Optional[str] = None, schema: Optional[Schema] = None) -> int:
        """How many records the filter matches."""
        return self._native.count(_request(value, None, None, None, entity, schema, None, False)[0])

    def select(self, value: Input, *, entity: Optional[str] = None, schema: Optional[Schema] = None) -> List[int]:
        """The indices of the records the filter matches, in order."""
        return list(self._native.select(_request(value, None, None, None, entity, schema, None, False)[0]))

    def evaluate(self, value: Input, *, sort: Optional[Sequence[SortSpec]] = None, page_num: Optional[int] = None,
                 records_per_page: Optional[int] = None, entity: Optional[str] = None,
                 schema: Optional[Schema] = None) -> Dict[str, Any]:
        """The page the API would return, as evaluate()."""
        request, _ = _request(value, page_num, records_per_page, sort, entity, schema, None, False)
        return json.loads(self._native.evaluate(request))


def evaluate(value: Input, records: Union[RecordsInput, Records], *, sort: Optional[Sequence[SortSpec]] = None,
             page_num: Optional[int] = None, records_per_page: Optional[int] = None, entity: Optional[str] = None,
             schema: Optional[Schema] = None) -> Dict[str, Any]:
    """The page the API would return (SPEC 5): {"resultSet", "returnCount", "totalCount", "pageNum",
    "recordsPerPage"}. ``records`` is a list of dicts, a JSON array or JSON Lines as str or bytes,
    or Records loaded once. With an entity, values compare by their fields' types."""
    if isinstance(records, Records):
        return records.evaluate(value, sort=sort, page_num=page_num, records_per_page=records_per_page, entity=entity,
                                schema=schema)
    request, _ = _request(value, page_num, records_per_page, sort, entity, schema, None, False)
    text = _records_text(records)
    envelope, error = request.evaluate_bytes(text) if isinstance(text, bytes) else request.evaluate(text)
    if envelope is None:
        raise RecordError(error)
    return json.loads(envelope)
