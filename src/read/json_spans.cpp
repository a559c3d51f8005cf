#include "read/json_spans.hpp"

#include <nlohmann/json.hpp>

#include "plutora/filter/diagnostic.hpp"
#include "plutora/filter/eval.hpp"

#include <nlohmann/json.hpp>

namespace plutora::filter::detail {
namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::size_t skip_ws(std::string_view s, std::size_t i) {
    while (i < s.size() && is_ws(s[i])) ++i;
    return i;
}

// Past the string that starts at `i` (an opening quote).
std::size_t skip_string(std::string_view s, std::size_t i) {
    for (++i; i < s.size() && s[i] != '"'; ++i)
        if (s[i] == '\\') ++i;
    return i + 1;
}

class Scanner {
public:
    Scanner(std::string_view s, JsonSpans& out) : s_(s), out_(out) {}

    // Scans the value at `i` (whitespace skipped), records it under `pointer`, returns its end.
    std::size_t value(std::size_t i, const std::string& pointer) {
        i = skip_ws(s_, i);
        std::size_t end = i;
        if (i >= s_.size()) return i;
        if (s_[i] == '{') end = object(i, pointer);
        else if (s_[i] == '[') end = array(i, pointer);
        else if (s_[i] == '"') end = skip_string(s_, i);
        else
            while (end < s_.size() && !is_ws(s_[end]) && s_[end] != ',' && s_[end] != '}' && s_[end] != ']') ++end;
        out_[pointer] = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end - i)};
        return end;
    }

private:
    std::size_t object(std::size_t i, const std::string& pointer) {
        i = skip_ws(s_, i + 1);
        while (i < s_.size() && s_[i] != '}') {
            const std::size_t key_end = skip_string(s_, i);
            std::string key(s_.substr(i + 1, key_end - i - 2));
            if (key.find('\\') != std::string::npos) key = nlohmann::json::parse(s_.substr(i, key_end - i)).get<std::string>();
            i = skip_ws(s_, key_end) + 1;  // past ':'
            i = skip_ws(s_, value(i, pointer + "/" + pointer_token(key)));
            if (i < s_.size() && s_[i] == ',') i = skip_ws(s_, i + 1);
        }
        return i + 1;
    }

    std::size_t array(std::size_t i, const std::string& pointer) {
        i = skip_ws(s_, i + 1);
        for (std::size_t index = 0; i < s_.size() && s_[i] != ']'; ++index) {
            i = skip_ws(s_, value(i, pointer + "/" + std::to_string(index)));
            if (i < s_.size() && s_[i] == ',') i = skip_ws(s_, i + 1);
        }
        return i + 1;
    }

    std::string_view s_;
    JsonSpans& out_;
};

}  // namespace

std::optional<std::size_t> first_too_deep(std::string_view s, std::size_t max_depth) {
    std::size_t depth = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '"') {
            i = skip_string(s, i) - 1;
        } else if (c == '{' || c == '[') {
            if (++depth > max_depth) return i;
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

JsonSpans json_spans(std::string_view json) {
    JsonSpans out;
    Scanner(json, out).value(0, "");
    return out;
}

std::string pointer_token(std::string_view key) {
    std::string out;
    for (const char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string json_problem(std::string_view json) {
    try {
        const auto doc = nlohmann::json::parse(json);  // throws with the position and the reason
        static_cast<void>(doc);
        return {};
    } catch (const nlohmann::json::parse_error& e) {
        std::string what = e.what();
        const auto colon = what.find(": ", what.find("parse error"));
        what = colon == std::string::npos ? what : what.substr(colon + 2);
        const std::size_t at = e.byte == 0 ? 0 : std::min<std::size_t>(e.byte - 1, json.size());
        const Position p = position_of(json, at);
        const bool lines = json.find('\n') != std::string_view::npos;
        return (lines ? "line " + std::to_string(p.line) + ", " : std::string()) + "column " + std::to_string(p.column) + ": " + what;
    } catch (const nlohmann::json::exception& e) {  // a number past double's range
        return e.what();
    }
}

std::optional<std::string> read_record(std::string_view text, std::string_view raw, nlohmann::json& out) {
    if (first_too_deep(text, max_record_depth))
        return "the record nests deeper than " + std::to_string(max_record_depth) + " levels";
    out = nlohmann::json::parse(text, nullptr, false);
    if (out.is_discarded()) return "not valid JSON: " + json_problem(raw);
    if (!out.is_object()) return "a record must be a JSON object, found " + std::string(out.type_name());
    return std::nullopt;
}

std::optional<std::string> read_records_array(std::string_view text, nlohmann::json& out) {
    if (first_too_deep(text, max_record_depth + 1))
        return "a record nests deeper than " + std::to_string(max_record_depth) + " levels";
    out = nlohmann::json::parse(text, nullptr, false);
    if (out.is_discarded()) return "the records are not a valid JSON array: " + json_problem(text);
    if (!out.is_array()) return "the records are not a valid JSON array";
    for (std::size_t i = 0; i < out.size(); ++i)
        if (!out[i].is_object()) return "record " + std::to_string(i) + " is not a JSON object";
    return std::nullopt;
}

}  // namespace plutora::filter::detail
