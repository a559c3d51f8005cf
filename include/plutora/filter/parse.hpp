// Text in, syntax tree and every diagnostic out. Never throws for bad input.
//
//   auto r = plutora::filter::parse("`Name` contains `ABC` or `Type` = Defect");
//   if (!r.ok()) { /* r.diagnostics has the errors, with spans and fixes */ }
//   else use(*r.filter);  // warnings may still be in r.diagnostics
//
// A syntax error stops the parse (one E0xx is reported, with no tree); a filter that parses
// is then checked by every lint, and all their findings are reported together.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "plutora/filter/ast.hpp"
#include "plutora/filter/diagnostic.hpp"

namespace plutora::filter {

/// `standard` is the profile called "default" on the command line: it accepts what the API
/// accepts and warns on the risky rest. `strict` turns W101, W102 and W107 into errors and
/// adds W102 (bare chains), following the letter of the Plutora documentation.
enum class Profile : std::uint8_t { standard, strict };

/// Limits are part of the contract; an input over one gets E012, never a crash.
struct Limits {
    /// The largest filter read, in bytes: far beyond any URL a server accepts.
    std::size_t max_bytes = std::size_t{1} << 20;
    /// The deepest nesting of parentheses: keeps recursion far from the stack's end.
    std::size_t max_depth = 100;
};

struct Entity;
class Catalogue;

struct Options {
    Options() = default;
    explicit(false) Options(Profile p, Limits l = {}) : profile(p), limits(l) {}

    Profile profile = Profile::standard;
    Limits limits;
    /// The entity the filter is sent to (schema.hpp): its fields' types decide how
    /// values are typed and checked. Null: no schema checks, values typed by their shape.
    std::shared_ptr<const Entity> entity;
    /// Where the readers look up the entity of a URL's path (`/releases?filter=…`) when
    /// `entity` is null. Null: no lookup.
    std::shared_ptr<const Catalogue> catalogue;
    /// The filter goes to the server, which does not filter on custom fields (W117). Evaluating
    /// against local records, which have them, turns it off.
    bool to_server = true;
};

struct ParseResult {
    std::optional<Filter> filter;         ///< absent when a syntax error stopped the parse
    std::vector<Diagnostic> diagnostics;  ///< sorted by offset
    /// True when there is a tree and no diagnostic of severity error.
    [[nodiscard]] bool ok() const;
};

/// Parses and lints one filter.
[[nodiscard]] ParseResult parse(std::string_view text, const Options& options = {});

}  // namespace plutora::filter
