// SPEC 3: one canonical text per filter.
#include "plutora/filter/format.hpp"

namespace plutora::filter {
namespace {

void write(const Node& node, const FormatOptions& options, std::string& out);

void write_comparison(const Comparison& c, const FormatOptions& options, std::string& out) {
    out += '`';
    out += c.field.name;
    out += "` ";
    out += operator_name(c.op);
    if (!c.value) return;
    out += " `";
    const auto* date = std::get_if<DateValue>(&c.value->typed);
    if (options.normalize_dates && date != nullptr) out += to_iso(date->date);
    else out += c.value->raw;
    out += '`';
}

void write_chain(const Chain& chain, const FormatOptions& options, std::string& out) {
    const char* junction = chain.junction == Junction::And ? " and " : " or ";
    bool first = true;
    for (const auto& operand : chain.operands) {
        if (!first) out += junction;
        first = false;
        out += "( ";
        write(operand, options, out);
        out += " )";
    }
}

void write(const Node& node, const FormatOptions& options, std::string& out) {
    if (const auto* c = std::get_if<Comparison>(&node.node)) write_comparison(*c, options, out);
    else write_chain(std::get<Chain>(node.node), options, out);
}

}  // namespace

std::string format(const Node& node, const FormatOptions& options) {
    std::string out;
    write(node, options, out);
    return out;
}

std::string format(const Filter& filter, const FormatOptions& options) { return format(filter.root, options); }

}  // namespace plutora::filter
