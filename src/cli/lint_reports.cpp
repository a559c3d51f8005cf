#include "cli/lint_reports.hpp"

#include <algorithm>

#include "plutora/filter/filter.hpp"

namespace plutora::filter::cli {
namespace {

// GitHub Actions escapes: `%`, line breaks, and in properties `:` and `,`.
std::string github_escape(std::string_view s, bool property) {
    std::string out;
    for (const char c : s) {
        if (c == '%') out += "%25";
        else if (c == '\r') out += "%0D";
        else if (c == '\n') out += "%0A";
        else if (property && c == ':') out += "%3A";
        else if (property && c == ',') out += "%2C";
        else out += c;
    }
    return out;
}

// A path as a URI reference (RFC 3986): relative paths stay relative, absolute ones become
// `file://` URIs; every byte outside the unreserved set and `/` is percent-encoded.
std::string uri_of(std::string_view path) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out = path.starts_with('/') ? "file://" : "";
    for (const char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
            c == '~' || c == '/') {
            out += ch;
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

bool from_file(const Input& input) { return !input.where.starts_with('<'); }

// A region of the input in SARIF's terms: lines of where it came from, code-point columns, the
// end column one past the last character.
nlohmann::ordered_json region_of(const Input& input, std::size_t offset, std::size_t length) {
    const std::size_t base = static_cast<std::size_t>(input.text.data() - input.whole.data());
    const auto start = position_of(input.whole, base + offset);
    const auto end = position_of(input.whole, base + offset + length);
    return {{"startLine", start.line}, {"startColumn", start.column}, {"endLine", end.line}, {"endColumn", end.column}};
}

}  // namespace

nlohmann::ordered_json json_entry(const Input& input, const ReadResult& result) {
    auto diagnostics = nlohmann::ordered_json::array();
    for (const auto& d : result.diagnostics) diagnostics.push_back(to_json(d));
    nlohmann::ordered_json entry{{"version", 1}, {"input", std::string(input.text)}};
    if (!input.where.starts_with("<arg")) entry["file"] = std::string(input.where), entry["line"] = input.first_line;
    entry["form"] = form_name(result.form);
    // The filter as text: a query string's decoded filter (what its diagnostics point into),
    // a body's tree in canonical text.
    if (result.form == Form::query && !result.filter_text.empty()) entry["filter"] = result.filter_text;
    else if (result.form != Form::text && result.request) entry["filter"] = format(result.request->filter);
    entry["valid"] = result.ok();
    entry["diagnostics"] = std::move(diagnostics);
    return entry;
}

void github_report(const ReadResult& result, const Input& input, std::ostream& out) {
    for (const auto& d : result.diagnostics) {
        out << "::" << severity_name(d.severity) << ' ';
        if (from_file(input)) out << "file=" << github_escape(input.where, true) << ',';
        const std::uint32_t line = d.pointer == "filter" ? input.first_line : d.line + input.first_line - 1;
        out << "line=" << line << ",col=" << (d.pointer == "filter" ? 1 : d.column) << ",title=" << code_name(d.code)
            << "::" << github_escape(d.message, false) << '\n';
    }
}

std::size_t SarifLog::artifact_of(const Input& input) {
    const auto known = std::find(artifact_names_.begin(), artifact_names_.end(), input.where);
    if (known != artifact_names_.end()) return static_cast<std::size_t>(known - artifact_names_.begin());
    artifact_names_.push_back(input.where);
    nlohmann::ordered_json artifact;
    if (from_file(input)) artifact["location"] = {{"uri", uri_of(input.where)}};
    else artifact["location"] = {{"description", {{"text", std::string(input.where)}}}},
         artifact["contents"] = {{"text", std::string(input.whole)}};
    artifacts_.push_back(std::move(artifact));
    return artifact_names_.size() - 1;
}

std::size_t SarifLog::rule_of(Code code) {
    const auto known = std::find(rule_codes_.begin(), rule_codes_.end(), code);
    if (known != rule_codes_.end()) return static_cast<std::size_t>(known - rule_codes_.begin());
    rule_codes_.push_back(code);
    const std::string id = code_name(code);
    rules_.push_back({{"id", id},
                      {"shortDescription", {{"text", std::string(code_summary(code))}}},
                      {"defaultConfiguration", {{"level", static_cast<unsigned>(code) < 100 ? "error" : "warning"}}}});
    return rule_codes_.size() - 1;
}

void SarifLog::add(const Input& input, const ReadResult& result) {
    for (const auto& d : result.diagnostics) {
        const std::size_t artifact = artifact_of(input);
        nlohmann::ordered_json location{{"artifactLocation", {{"index", artifact}}}};
        if (from_file(input)) location["artifactLocation"]["uri"] = artifacts_[artifact]["location"]["uri"];
        const bool in_input = d.pointer != "filter";  // else it points into a query string's decoded filter
        std::string message = d.message;
        if (in_input) {
            location["region"] = region_of(input, d.offset, d.length);
        } else {
            location["region"] = {{"startLine", input.first_line}};
            message += " (column " + std::to_string(d.column) + " of the decoded filter)";
        }
        nlohmann::ordered_json r{{"ruleId", code_name(d.code)},
                                 {"ruleIndex", rule_of(d.code)},
                                 {"level", std::string(severity_name(d.severity))},
                                 {"message", {{"text", message}}},
                                 {"locations", {{{"physicalLocation", location}}}}};
        if (!d.pointer.empty() && in_input)
            r["locations"][0]["logicalLocations"] = {{{"fullyQualifiedName", d.pointer}, {"kind", "element"}}};
        if (d.fix && in_input) {
            nlohmann::ordered_json change{{"artifactLocation", location["artifactLocation"]},
                                          {"replacements",
                                           {{{"deletedRegion", region_of(input, d.fix->offset, d.fix->length)},
                                             {"insertedContent", {{"text", d.fix->replacement}}}}}}};
            const std::string what = d.fix->replacement.empty() ? "remove the text"
                                     : d.fix->length == 0      ? "insert \"" + d.fix->replacement + '"'
                                                               : "replace with \"" + d.fix->replacement + '"';
            r["fixes"] = {{{"description", {{"text", what}}},
                           {"artifactChanges", {change}}}};
        }
        results_.push_back(std::move(r));
    }
}

nlohmann::ordered_json SarifLog::json() && {
    nlohmann::ordered_json driver{{"name", "plutora-filter"},
                                  {"semanticVersion", std::string(version)},
                                  {"rules", std::move(rules_)}};
    nlohmann::ordered_json run{{"tool", {{"driver", std::move(driver)}}},
                               {"artifacts", std::move(artifacts_)},
                               {"results", std::move(results_)},
                               {"columnKind", "unicodeCodePoints"}};
    return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"}, {"runs", {std::move(run)}}};
}

}  // namespace plutora::filter::cli
