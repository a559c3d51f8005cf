// What `plutora-filter CMD --help` and `plutora-filter help CMD` print: the command's usage and
// every option it takes.
#include "cli/cli.hpp"

namespace plutora::filter::cli {
namespace {

constexpr std::string_view schema_options = R"(  --entity NAME      check fields and values against this entity (releases, Release, /TECRs/filter, ...);
                     without it, a URL input's path names the entity (https://x/releases?filter=...)
  --schema FILE      add entities or a tenant's fields to the built-in catalogue (docs/SCHEMAS.md);
                     repeatable
)";

constexpr std::string_view input_note = R"(INPUT is filter text, a query string or URL (starting with http, ?, filter= or /path?), or a JSON
body (starting with {). @PATH reads it from a file; "-" or none reads standard input. Quote a filter
so the shell passes it as one argument: 'name contains abc'.
)";

constexpr std::string_view lint = R"(usage: plutora-filter lint [options] [--file PATH|-]... [INPUT|@PATH|-]...
Reports every problem of each input. Exit 0 when no input has an error (warnings allowed), 1 when
one has, 2 for a usage or I/O error.
  --strict           follow the documentation to the letter: W101, W102, W107 (and W115) are errors
  --format FORMAT    text (clang-style, coloured on a terminal unless NO_COLOR is set), json (one
                     object per input, shape version 1), github (workflow commands that annotate a
                     pull request) or sarif (a SARIF 2.1.0 log for code scanning)
  --from FORM        what every input is: auto (default: told by its first bytes), text, query,
                     expando or searchfilters
  --file PATH|-      one input per line; blank lines and lines starting with # are skipped;
                     repeatable
  --fix              rewrite each --file with the fixes that do not overlap (run again for the rest)
  --quiet            no summary line on stderr
)";

constexpr std::string_view format = R"(usage: plutora-filter format [options] [INPUT|@PATH|-]
Prints the canonical text of one filter (exit 1, with its diagnostics on stderr, if it has an error).
  --normalize-dates  write dates as YYYY-MM-DD
  --strict           the strict profile's errors also stop it
  --from FORM        auto (default), text, query, expando or searchfilters
)";

constexpr std::string_view parse = R"(usage: plutora-filter parse [options] [INPUT|@PATH|-]
Prints the syntax tree of one input as JSON (docs/FORMS.md).
  --strict           the strict profile's errors also stop it
  --from FORM        auto (default), text, query, expando or searchfilters
)";

constexpr std::string_view emit = R"(usage: plutora-filter emit --to FORM [options] [INPUT|@PATH|-]
Prints one input in another form. Flags win over what the input carries.
  --to FORM          text, query (a URL-encoded query string), expando (an ExpandoObject body) or
                     searchfilters (a searchFilters body; and-only)
  --from FORM        what the input is: auto (default), text, query, expando or searchfilters
  --page-num N       the page, from 0
  --records-per-page N  1 to 100 (more is capped with W104; 0 or empty takes the default, W111)
  --sort FIELD[:asc|desc]  a sort key (bodies only; a query string has none, W114); repeatable;
                     any --sort replaces the input's sort keys
  --base-url URL     with --to query: the URL the query string is appended to
)";

constexpr std::string_view eval = R"(usage: plutora-filter eval --filter INPUT [options] [RECORDS_FILE|-]
Prints the page the API would return for the filter over local records: a JSON array, a saved API
answer ({"resultSet":[...]}: its records), one object, or JSON Lines (streamed). Matched records
come back as they were written.
  --filter INPUT     the filter, in any form (@PATH, - for standard input); its paging and sort keys
                     carry over
  --from FORM        what the filter is: auto (default), text, query, expando or searchfilters
  --page-num N       the page, from 0
  --records-per-page N  1 to 100
  --sort FIELD[:asc|desc]  a sort key; repeatable; any --sort replaces the filter's sort keys
  --strict           the strict profile's errors also stop it
)";

constexpr std::string_view records_note = R"(RECORDS_FILE is the records; "-" or none reads standard input.
)";

constexpr std::string_view schema = R"(usage: plutora-filter schema [options] [ENTITY]
Lists the entities the schema checks know, or one entity's endpoints, fields, types and known values.
  --format FORMAT    text (default) or json
  --schema FILE      add entities or a tenant's fields to the built-in catalogue; repeatable
)";

constexpr std::string_view serve = R"(usage: plutora-filter serve --data DIR [options]
Answers the Plutora API's read calls from local records, so a script can point its base URL at
http://HOST:PORT and run unchanged: POST /oauth/token, GET /{entity}?filter=...&pageNum=...&
recordsPerPage=..., POST /{entity}/filter, GET /{entity}/{id} (docs/SERVE.md). Stops on Ctrl-C.
  --data DIR         one file of records per entity, named after it: releases.json (an array, or a
                     saved API answer), changes.jsonl (JSON Lines); other files are ignored
  --host HOST        the address to listen on (default 127.0.0.1)
  --port N           the port (default 8080; 0 picks a free one, printed with the URL)
  --threads N        worker threads (default 128; a kept-alive connection holds one)
  --timeout SECONDS  a client that sends nothing for this long is dropped (default 5)
  --strict           check filters under the strict profile (W101, W102, W107 answer HTTP 400)
  --client-id ID     with --client-secret: the credentials POST /oauth/token accepts (any, if unset)
  --client-secret SECRET
  --schema FILE      add entities or a tenant's fields to the built-in catalogue; repeatable
)";

}  // namespace

std::string help_for(std::string_view command) {
    std::string out;
    if (command == "lint") out = std::string(lint) + std::string(schema_options) + '\n' + std::string(input_note);
    else if (command == "format") out = std::string(format) + std::string(schema_options) + '\n' + std::string(input_note);
    else if (command == "parse") out = std::string(parse) + std::string(schema_options) + '\n' + std::string(input_note);
    else if (command == "emit") out = std::string(emit) + std::string(schema_options) + '\n' + std::string(input_note);
    else if (command == "eval") out = std::string(eval) + std::string(schema_options) + '\n' + std::string(records_note);
    else if (command == "schema") out = std::string(schema);
    else if (command == "serve") out = std::string(serve);
    return out;
}

}  // namespace plutora::filter::cli
