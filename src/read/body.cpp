// SPEC 4.3 and 4.4: POST bodies. Keys and operator spellings match ignoring case; anything
// malformed is E023 naming the JSON pointer; values are typed and linted as in filter text.
#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "check/check.hpp"
#include "plutora/filter/request.hpp"
#include "plutora/filter/schema.hpp"
#include "read/json_spans.hpp"
#include "read/paging.hpp"
#include "util/operators.hpp"
#include "util/report.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace plutora::filter {
namespace {

using json = nlohmann::json;

std::string dquote(std::string_view s) { return "\"" + std::string(s) + "\""; }

// Joins two nodes, splicing in operands of chains with the same junction.
Node join(Junction junction, Node a, Node b, Span span) {
    Chain chain;
    chain.junction = junction;
    chain.span = span;
    for (Node* n : {&a, &b}) {
        auto* inner = std::get_if<Chain>(&n->node);
        if (inner != nullptr && inner->junction == junction) {
            for (auto& o : inner->operands) chain.operands.push_back(std::move(o));
        } else {
            chain.operands.push_back(std::move(*n));
        }
    }
    return Node{std::move(chain)};
}

class BodyReader {
public:
    BodyReader(std::string_view text, std::vector<Diagnostic>& out) : text_(text), spans_(detail::json_spans(text)), out_(out) {}

    std::optional<Request> read(const json& doc);

    /// Gives each value finding of the lints the pointer of the token it stands on.
    void point_findings() const {
        for (auto& d : out_)
            for (const auto& [offset, pointer] : locations_)
                if (d.pointer.empty() && d.offset == offset) d.pointer = pointer;
    }

private:
    Span span_of(const std::string& pointer) const {
        const auto it = spans_.find(pointer);
        return it == spans_.end() ? Span{} : it->second;
    }
    void error(const std::string& pointer, const std::string& message) {
        auto d = detail::make_diagnostic(Code::E023, span_of(pointer), (pointer.empty() ? "/" : pointer) + ": " + message);
        d.pointer = pointer;
        out_.push_back(std::move(d));
    }
    void finding(Code code, const std::string& pointer, std::string message) {
        auto d = detail::make_diagnostic(code, span_of(pointer), std::move(message));
        d.pointer = pointer;
        out_.push_back(std::move(d));
    }

    // The members of `object` by lower-case name; W112 for keys not in `known`.
    std::vector<std::pair<std::string, const json*>> members(const json& object, const std::string& pointer,
                                                            std::initializer_list<std::string_view> known) {
        std::vector<std::pair<std::string, const json*>> found;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const std::string name = detail::ascii_lower(it.key());
            const std::string at = pointer + "/" + detail::pointer_token(it.key());
            if (std::find(known.begin(), known.end(), name) == known.end()) {
                finding(Code::W112, at, "unknown key " + dquote(it.key()) + " is ignored");
                continue;
            }
            found.emplace_back(at, &*it);
            names_[at] = name;
        }
        return found;
    }
    const std::pair<std::string, const json*>* member(const std::vector<std::pair<std::string, const json*>>& ms,
                                                      std::string_view name) const {
        for (const auto& m : ms)
            if (names_.at(m.first) == name) return &m;
        return nullptr;
    }

    std::optional<Operator> operator_at(const json& j, const std::string& pointer);
    std::optional<std::string> value_text(const json& j, const std::string& pointer);
    std::optional<Comparison> comparison(const json* field, const std::string& field_at, const json* op,
                                         const std::string& op_at, const json* value, const std::string& value_at,
                                         const std::string& whole_at, std::string_view value_key);
    std::optional<Node> expando(const json& j, const std::string& pointer);
    void search_filters(const json& j, const std::string& pointer, std::vector<Node>& conditions, std::vector<SortKey>& sort);
    void paging(const json& j, const std::string& pointer, bool records, std::uint32_t& target);

    std::string_view text_;
    detail::JsonSpans spans_;
    std::vector<Diagnostic>& out_;
    std::unordered_map<std::string, std::string> names_;  // pointer → lower-case key
    std::vector<std::pair<std::uint32_t, std::string>> locations_;
};

std::optional<Operator> BodyReader::operator_at(const json& j, const std::string& pointer) {
    if (!j.is_string()) {
        error(pointer, "expected the operator as a string, such as \"Contains\"");
        return std::nullopt;
    }
    const auto& s = j.get_ref<const std::string&>();
    if (auto op = detail::operator_from_spelling(s)) return op;
    std::string message = "unknown operator " + dquote(s);
    if (auto close = detail::closest_operator(s)) message += "; did you mean " + dquote(close->name) + "?";
    error(pointer, message);
    return std::nullopt;
}

std::optional<std::string> BodyReader::value_text(const json& j, const std::string& pointer) {
    if (j.is_string()) return j.get<std::string>();
    if (j.is_boolean()) return j.get<bool>() ? "true" : "false";
    if (j.is_number()) {  // as written: 2.50 stays "2.50"
        const Span s = span_of(pointer);
        return std::string(text_.substr(s.offset, s.length));
    }
    error(pointer, "expected a string, a number or a boolean");
    return std::nullopt;
}

std::optional<Comparison> BodyReader::comparison(const json* field, const std::string& field_at, const json* op,
                                                 const std::string& op_at, const json* value,
                                                 const std::string& value_at, const std::string& whole_at,
                                                 std::string_view value_key) {
    std::optional<Operator> o;
    if (op != nullptr) o = operator_at(*op, op_at);
    if (field == nullptr) error(whole_at, "missing the field name");
    else if (!field->is_string()) error(field_at, "expected the field name as a string");
    if (!o || field == nullptr || !field->is_string()) return std::nullopt;

    Comparison c;
    c.field = Field{field->get<std::string>(), span_of(field_at)};
    c.op = *o;
    c.op_span = span_of(op_at);
    c.span = span_of(whole_at);
    locations_.emplace_back(c.field.span.offset, field_at);
    const bool absent = value == nullptr || value->is_null() || (value->is_string() && value->get_ref<const std::string&>().empty());
    if (is_unary(c.op)) {
        if (!absent) {
            auto d = detail::make_diagnostic(Code::E006, span_of(value_at),
                                             value_at + ": " + std::string(operator_name(c.op)) + " takes no value; write \"\"");
            d.pointer = value_at;
            out_.push_back(std::move(d));
        }
        return c;
    }
    if (value == nullptr || value->is_null()) {
        error(value == nullptr ? whole_at : value_at,
              "missing " + std::string(value_key) + ": " + std::string(operator_name(c.op)) + " needs a value");
        return std::nullopt;
    }
    auto raw = value_text(*value, value_at);
    if (!raw) return std::nullopt;
    c.value = Value{std::move(*raw), TextValue{}, span_of(value_at)};  // typed by check
    locations_.emplace_back(c.value->span.offset, value_at);
    return c;
}

std::optional<Node> BodyReader::expando(const json& j, const std::string& pointer) {
    if (!j.is_object()) {
        error(pointer, "expected an object with Left, Operator and Right");
        return std::nullopt;
    }
    const auto ms = members(j, pointer, {"left", "operator", "right"});
    const auto* left = member(ms, "left");
    const auto* op = member(ms, "operator");
    const auto* right = member(ms, "right");
    if (op == nullptr) {
        error(pointer, "missing \"Operator\"");
        return std::nullopt;
    }
    const std::string junction = op->second->is_string() ? detail::ascii_lower(op->second->get<std::string>()) : "";
    if (junction == "and" || junction == "or") {
        if (left == nullptr || right == nullptr) {
            error(pointer, std::string("\"") + (junction == "and" ? "And" : "Or") + "\" needs both \"Left\" and \"Right\"");
            return std::nullopt;
        }
        auto l = expando(*left->second, left->first);
        auto r = expando(*right->second, right->first);
        if (!l || !r) return std::nullopt;
        return join(junction == "and" ? Junction::And : Junction::Or, std::move(*l), std::move(*r), span_of(pointer));
    }
    if (left != nullptr && left->second->is_object()) {
        error(op->first, "an object on the left needs the operator \"And\" or \"Or\", found " + op->second->dump());
        return std::nullopt;
    }
    auto c = comparison(left ? left->second : nullptr, left ? left->first : pointer, op->second, op->first,
                        right ? right->second : nullptr, right ? right->first : pointer, pointer, "\"Right\"");
    if (!c) return std::nullopt;
    return Node{std::move(*c)};
}

void BodyReader::search_filters(const json& j, const std::string& pointer, std::vector<Node>& conditions,
                                std::vector<SortKey>& sort) {
    if (!j.is_array()) {
        error(pointer, "expected an array of {\"property\", \"operator\", \"value\"} entries");
        return;
    }
    for (std::size_t i = 0; i < j.size(); ++i) {
        const std::string at = pointer + "/" + std::to_string(i);
        if (!j[i].is_object()) {
            error(at, "expected an object with property, operator and value");
            continue;
        }
        const auto ms = members(j[i], at, {"property", "operator", "value", "direction"});
        const auto* property = member(ms, "property");
        const auto* op = member(ms, "operator");
        const auto* value = member(ms, "value");
        const auto* direction = member(ms, "direction");
        if (op == nullptr && direction == nullptr) {
            error(at, "an entry needs an \"operator\" (a condition) or a \"direction\" (a sort key)");
            continue;
        }
        if (op != nullptr) {
            auto c = comparison(property ? property->second : nullptr, property ? property->first : at, op->second,
                                op->first, value ? value->second : nullptr, value ? value->first : at, at, "\"value\"");
            if (c) conditions.push_back(Node{std::move(*c)});
        }
        if (direction != nullptr) {
            const std::string d = direction->second->is_string() ? detail::ascii_lower(direction->second->get<std::string>()) : "";
            if (d != "asc" && d != "desc") error(direction->first, "expected \"asc\" or \"desc\", found " + direction->second->dump());
            else if (property == nullptr || !property->second->is_string()) error(at, "a sort key needs a \"property\"");
            else sort.push_back(SortKey{property->second->get<std::string>(), d == "desc"});
        }
    }
}

void BodyReader::paging(const json& j, const std::string& pointer, bool records, std::uint32_t& target) {
    std::string text;
    if (j.is_string()) text = j.get<std::string>();
    else if (j.is_number()) text = std::string(text_.substr(span_of(pointer).offset, span_of(pointer).length));
    else if (!j.is_null()) text = j.dump();
    const std::string name = pointer.substr(1);
    if (auto f = detail::read_paging_number(text, records, name, target)) finding(f->code, pointer, std::move(f->message));
}

std::optional<Request> BodyReader::read(const json& doc) {
    if (!doc.is_object()) {
        error("", "a filter body is a JSON object with \"ExpandoObject\" or \"searchFilters\"");
        return std::nullopt;
    }
    Request request;
    std::vector<Node> conditions;
    std::optional<Node> tree;
    bool has_tree = false;
    for (const auto& [at, value] : members(doc, "", {"expandoobject", "searchfilters", "pagenum", "recordsperpage"})) {
        const std::string& name = names_.at(at);
        if (name == "expandoobject") has_tree = true, tree = expando(*value, at);
        else if (name == "searchfilters") search_filters(*value, at, conditions, request.sort);
        else paging(*value, at, name == "recordsperpage", name == "pagenum" ? request.paging.page_num : request.paging.records_per_page);
    }
    if (has_tree && tree) conditions.push_back(std::move(*tree));
    const bool malformed = std::any_of(out_.begin(), out_.end(), [](const Diagnostic& d) {
        return d.code == Code::E023 || d.code == Code::E006;
    });
    if (malformed) return std::nullopt;
    if (conditions.empty()) {
        out_.push_back(detail::make_diagnostic(Code::E009, span_of(""),
                                               "the body has no condition: add an \"ExpandoObject\" or a \"searchFilters\" "
                                               "entry with an operator"));
        return std::nullopt;
    }
    Node root = std::move(conditions.front());
    for (std::size_t i = 1; i < conditions.size(); ++i) root = join(Junction::And, std::move(root), std::move(conditions[i]), span_of(""));
    request.filter = Filter{std::move(root)};
    return request;
}

// E023 for text nlohmann refused, at the token it choked on, in nlohmann's words less its
// byte-based position (ours counts code points).
Diagnostic invalid_json(std::string_view text, const json::exception& e) {
    std::string what = e.what();
    if (const auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
    // nlohmann reports the byte after the token it choked on; point at the token itself.
    const auto* parse_error = dynamic_cast<const json::parse_error*>(&e);
    const std::size_t byte = parse_error != nullptr ? parse_error->byte : 0;
    std::size_t at = std::min<std::size_t>(byte == 0 ? 0 : byte - 1, text.size());
    if (at < text.size() && text[at] == '"' && at > 0) {  // the end of a string token: go to its start
        std::size_t open = at - 1;
        while (open > 0 && !(text[open] == '"' && text[open - 1] != '\\')) --open;
        at = open;
    }
    if (const auto from = what.find(" at line "); from != std::string::npos) {
        const auto colon = what.find(':', from);
        if (colon != std::string::npos) what.erase(from, colon - from);
    }
    if (what.size() > 200) {  // nlohmann quotes the offending token whole
        std::size_t cut = 200;
        while (cut > 0 && (static_cast<unsigned char>(what[cut]) & 0xC0U) == 0x80U) --cut;
        what = what.substr(0, cut) + "…";
    }
    return detail::make_diagnostic(Code::E023, {static_cast<std::uint32_t>(at), at < text.size() ? 1U : 0U}, "invalid JSON: " + what);
}

// searchFilters when the body has that key and no ExpandoObject (keys ignore case).
Form form_of(const json& doc) {
    if (!doc.is_object()) return Form::expando;
    bool expando = false, search = false;
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        const auto key = detail::ascii_lower(it.key());
        expando = expando || key == "expandoobject";
        search = search || key == "searchfilters";
    }
    return search && !expando ? Form::search_filters : Form::expando;
}

}  // namespace

ReadResult read_body(std::string_view text, const Options& options) {
    ReadResult result;
    result.form = Form::expando;
    auto& out = result.diagnostics;
    const auto done = [&] {
        detail::finish(out, text, options.profile);
        return std::move(result);
    };
    if (text.size() > options.limits.max_bytes) {
        out.push_back(detail::make_diagnostic(Code::E012, {0, 0},
                                              "the body is " + std::to_string(text.size()) + " bytes long; the limit is " +
                                                  std::to_string(options.limits.max_bytes)));
        return done();
    }
    if (const auto bad = detail::first_invalid_utf8(text)) {
        out.push_back(detail::make_diagnostic(Code::E022, {static_cast<std::uint32_t>(*bad), 1},
                                              "invalid UTF-8 in the body; save it as UTF-8"));
        return done();
    }
    if (const auto deep = detail::first_too_deep(text, options.limits.max_depth)) {
        out.push_back(detail::make_diagnostic(Code::E012, {static_cast<std::uint32_t>(*deep), 1},
                                              "the body nests deeper than " + std::to_string(options.limits.max_depth) +
                                                  " levels"));
        return done();
    }
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::exception& e) {  // parse_error, and out_of_range for a number past double (fuzzing)
        out.push_back(invalid_json(text, e));
        return done();
    }
    BodyReader reader(text, out);
    result.request = reader.read(doc);
    result.form = form_of(doc);
    result.entity = options.entity;
    if (options.entity && result.request) {  // a body that was read: its opening brace
        if (auto wrong = check_form(*options.entity, Form::search_filters)) {
            const auto brace = text.find('{');
            wrong->offset = static_cast<std::uint32_t>(brace == std::string_view::npos ? 0 : brace);
            wrong->length = brace == std::string_view::npos ? 0 : 1;
            out.push_back(std::move(*wrong));
        }
    }
    if (result.request) {
        const detail::Syntax no_syntax{};
        detail::check(result.request->filter, detail::CheckContext{text, no_syntax, options, out, false});
        reader.point_findings();
    }
    return done();
}

}  // namespace plutora::filter
