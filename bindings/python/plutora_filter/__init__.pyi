from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

__version__: str

Input = Union[str, Dict[str, Any]]
SortSpec = Union[str, Tuple[str, str]]

class Fix:
    offset: int
    length: int
    replacement: str
    def __init__(self, offset: int, length: int, replacement: str) -> None: ...

class Diagnostic:
    code: str
    severity: str
    message: str
    offset: int
    length: int
    line: int
    column: int
    fix: Optional[Fix]
    pointer: str
    def __init__(self, code: str, severity: str, message: str, offset: int, length: int, line: int, column: int,
                 fix: Optional[Fix] = ..., pointer: str = ...) -> None: ...
    @property
    def is_error(self) -> bool: ...

class FilterError(ValueError):
    diagnostics: List[Diagnostic]
    def __init__(self, diagnostics: List[Diagnostic]) -> None: ...

class RecordError(ValueError): ...

def lint(value: Input, *, strict: bool = ..., form: Optional[str] = ...) -> List[Diagnostic]: ...
def parse(value: Input, *, strict: bool = ..., form: Optional[str] = ...) -> Dict[str, Any]: ...
def format(value: Input, *, normalize_dates: bool = ..., strict: bool = ...) -> str: ...
def to_query(value: Input, *, page_num: Optional[int] = ..., records_per_page: Optional[int] = ...,
             base_url: Optional[str] = ...) -> str: ...
def to_expando(value: Input, *, page_num: Optional[int] = ..., records_per_page: Optional[int] = ...,
               sort: Optional[Sequence[SortSpec]] = ...) -> Dict[str, Any]: ...
def to_search_filters(value: Input, *, page_num: Optional[int] = ..., records_per_page: Optional[int] = ...,
                      sort: Optional[Sequence[SortSpec]] = ...) -> Dict[str, Any]: ...
def from_query(query: str, *, strict: bool = ...) -> Dict[str, Any]: ...
def from_body(body: Input, *, strict: bool = ...) -> Dict[str, Any]: ...
def evaluate(value: Input, records: Union[Sequence[Dict[str, Any]], str], *, sort: Optional[Sequence[SortSpec]] = ...,
             page_num: Optional[int] = ..., records_per_page: Optional[int] = ...) -> Dict[str, Any]: ...
