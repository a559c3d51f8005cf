// SPEC 4.1 and 2: the AST and diagnostics as JSON, for the command line and the bindings.
#include "plutora/filter/format.hpp"

namespace plutora::filter {
namespace {

nlohmann::ordered_json comparison_json(const Comparison& c) {
    nlohmann::ordered_json j;
    j["field"] = c.field.name;
    j["operator"] = operator_name(c.op);
    if (!c.value) return j;
    j["value"] = c.value->raw;
    j["type"] = value_type_name(c.value->type());
    if (const auto* d = std::get_if<DateValue>(&c.value->typed)) j["date"] = to_iso(d->date);
    else if (const auto* dt = std::get_if<DateTimeValue>(&c.value->typed)) j["datetime"] = to_iso(*dt);
    else if (const auto* list = std::get_if<ListValue>(&c.value->typed)) j["items"] = list->items;
    return j;
}

}  // namespace

nlohmann::ordered_json to_json(const Node& node) {
    if (const auto* c = std::get_if<Comparison>(&node.node)) return comparison_json(*c);
    const auto& chain = std::get<Chain>(node.node);
    auto operands = nlohmann::ordered_json::array();
    for (const auto& operand : chain.operands) operands.push_back(to_json(operand));
    nlohmann::ordered_json j;
    j[chain.junction == Junction::And ? "and" : "or"] = std::move(operands);
    return j;
}

nlohmann::ordered_json to_json(const Filter& filter) { return to_json(filter.root); }

nlohmann::ordered_json to_json(const Diagnostic& d) {
    nlohmann::ordered_json j;
    j["code"] = code_name(d.code);
    j["severity"] = severity_name(d.severity);
    j["message"] = d.message;
    j["offset"] = d.offset;
    j["length"] = d.length;
    j["line"] = d.line;
    j["column"] = d.column;
    if (!d.pointer.empty()) j["pointer"] = d.pointer;
    if (d.fix) j["fix"] = {{"offset", d.fix->offset}, {"length", d.fix->length}, {"replacement", d.fix->replacement}};
    return j;
}

nlohmann::ordered_json to_json(const std::vector<Diagnostic>& diagnostics) {
    auto array = nlohmann::ordered_json::array();
    for (const auto& d : diagnostics) array.push_back(to_json(d));
    return array;
}

}  // namespace plutora::filter
