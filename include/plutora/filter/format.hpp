// The canonical text of a filter and its AST as JSON.
//
//   auto r = plutora::filter::parse("name contains abc and type != Defect");
//   plutora::filter::format(*r.filter);
//   // ( `name` Contains `abc` ) and ( `type` NotEquals `Defect` )
//
// For every valid x: parse(format(x)) == parse(x) and format(format(x)) == format(x).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "plutora/filter/ast.hpp"
#include "plutora/filter/diagnostic.hpp"

namespace plutora::filter {

struct FormatOptions {
    /// Rewrite date values (not date-times) as YYYY-MM-DD.
    bool normalize_dates = false;
};

/// Canonical text: fields and values backticked, canonical operator names, lower-case
/// junctions, every operand of a chain in `( … )`.
[[nodiscard]] std::string format(const Filter& filter, const FormatOptions& options = {});
[[nodiscard]] std::string format(const Node& node, const FormatOptions& options = {});

/// The AST as JSON: `{"field":…,"operator":…,"value":…,"type":…}`, `{"and":[…]}`, `{"or":[…]}`.
[[nodiscard]] nlohmann::ordered_json to_json(const Filter& filter);
[[nodiscard]] nlohmann::ordered_json to_json(const Node& node);

/// A diagnostic as JSON, with these fields: code, severity, message, offset, length,
/// line, column and, when there is one, fix {offset, length, replacement}.
[[nodiscard]] nlohmann::ordered_json to_json(const Diagnostic& diagnostic);
/// Diagnostics as a JSON array: the one form the CLI, the C API and Python give them in.
[[nodiscard]] nlohmann::ordered_json to_json(const std::vector<Diagnostic>& diagnostics);

}  // namespace plutora::filter
