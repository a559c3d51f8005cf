// The machine-readable reports of `plutora-filter lint`: JSON (shape version 1), GitHub Actions
// workflow commands, and SARIF 2.1.0 for code-scanning tools.
#pragma once

#include <cstdint>
#include <ostream>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "plutora/filter/request.hpp"

namespace plutora::filter::cli {

/// An input and where it came from.
struct Input {
    std::string_view text;
    std::string_view where;        ///< `<arg1>`, a file's path, `<stdin>`
    std::uint32_t first_line = 1;  ///< the input's line in that file
    std::string_view whole;        ///< all of where it came from (a file's text, the argument)
};

/// One input as an entry of the JSON report.
[[nodiscard]] nlohmann::ordered_json json_entry(const Input& input, const ReadResult& result);

/// `::error file=…,line=…,col=…,title=E008::message`, one line per diagnostic.
void github_report(const ReadResult& result, const Input& input, std::ostream& out);

/// Collects every input's findings, then writes one SARIF log: a run whose artifacts are the
/// files (by relative URI) and the inputs given as arguments or on standard input (by their
/// text), whose rules are the codes found, and whose results carry regions in code-point
/// columns and the fixes as replacements.
class SarifLog {
public:
    void add(const Input& input, const ReadResult& result);
    [[nodiscard]] nlohmann::ordered_json json() &&;

private:
    std::size_t artifact_of(const Input& input);
    std::size_t rule_of(Code code);
    nlohmann::ordered_json artifacts_ = nlohmann::ordered_json::array();
    nlohmann::ordered_json rules_ = nlohmann::ordered_json::array();
    nlohmann::ordered_json results_ = nlohmann::ordered_json::array();
    std::vector<std::string_view> artifact_names_;
    std::vector<Code> rule_codes_;
};

}  // namespace plutora::filter::cli
