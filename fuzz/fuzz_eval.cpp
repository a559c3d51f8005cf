// Evaluation: the first line is a filter (any form), the rest records (a JSON array, a saved API answer,
// one object or JSON Lines). Checks the complement rule for every comparison on every record, and the page.
#include <sstream>

#include "checks.hpp"

namespace {

std::optional<fuzz::pf::Operator> negation(fuzz::pf::Operator op) {
    using O = fuzz::pf::Operator;
    switch (op) {
        case O::Equals: return O::NotEquals;
        case O::NotEquals: return O::Equals;
        case O::HasValue: return O::HasNoValue;
        case O::HasNoValue: return O::HasValue;
        case O::Contains: return O::NotContains;
        case O::NotContains: return O::Contains;
        case O::IsWithin: return O::NotWithin;
        case O::NotWithin: return O::IsWithin;
        default: return std::nullopt;
    }
}

void comparisons(const fuzz::pf::Node& node, std::vector<const fuzz::pf::Comparison*>& out) {
    if (const auto* c = std::get_if<fuzz::pf::Comparison>(&node.node)) out.push_back(c);
    else
        for (const auto& o : std::get<fuzz::pf::Chain>(node.node).operands) comparisons(o, out);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace pf = fuzz::pf;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto newline = input.find('\n');
    // Against Releases when the filter line starts with `@` (values typed by their fields).
    const bool typed = input.starts_with('@');
    auto options = typed ? fuzz::with_entity(true) : pf::Options{};
    options.to_server = false;
    const auto filter = pf::read(input.substr(typed ? 1 : 0, newline == std::string_view::npos ? newline : newline - (typed ? 1 : 0)), std::nullopt, options);
    if (!filter.request) return 0;
    const std::string_view records = newline == std::string_view::npos ? "" : input.substr(newline + 1);
    const auto page = pf::evaluate_text(*filter.request, records);
    // Records loaded once (RecordSet) and one pass over simdjson's DOM (page_of) answer alike.
    const auto streamed = pf::page_of(*filter.request, records);
    fuzz::require(streamed.envelope.has_value() == page.envelope.has_value(), "page_of accepts what evaluate_text accepts");
    const auto loaded = pf::RecordSet::load(std::string(records));
    fuzz::require(loaded.ok() == page.envelope.has_value(), "RecordSet accepts what evaluate_text accepts");
    std::istringstream stream{std::string(records)};  // read in chunks: the layout told from the first of them
    const auto chunked = pf::page_of(*filter.request, stream);
    fuzz::require(chunked.envelope == streamed.envelope && chunked.line == streamed.line && chunked.error == streamed.error,
                  "page_of over a stream answers as over text", chunked.error);
    if (page.envelope) {
        fuzz::require(streamed.saved_answer == page.saved_answer && loaded.saved_answer == page.saved_answer &&
                          chunked.saved_answer == page.saved_answer,
                      "every path tells a saved API answer alike");
        fuzz::require(nlohmann::json::parse(*streamed.envelope) == *page.envelope, "page_of pages as Pager does", *streamed.envelope);
        fuzz::require(nlohmann::json::parse(loaded.records->evaluate(*filter.request)) == *page.envelope,
                      "RecordSet pages as Pager does");
    } else {
        fuzz::require(streamed.line == page.line && streamed.error == page.error, "page_of refuses as evaluate_text does", streamed.error);
        fuzz::require(loaded.line == page.line && loaded.error == page.error, "RecordSet refuses as evaluate_text does", loaded.error);
    }
    if (page.envelope) {
        const auto& e = *page.envelope;
        fuzz::require(e["returnCount"] == e["resultSet"].size(), "returnCount counts the page");
        fuzz::require(e["resultSet"].size() <= filter.request->paging.records_per_page, "a page holds at most recordsPerPage");
        fuzz::require(e["totalCount"] >= e["returnCount"], "totalCount counts every match");
        (void)e.dump();
    }
    // The complement rule on each record that is an object.
    std::vector<const pf::Comparison*> found;
    comparisons(filter.request->filter.root, found);
    const auto all = nlohmann::json::parse(records, nullptr, false);
    if (all.is_discarded() || pf::max_record_depth < 2) return 0;
    const std::vector<nlohmann::json> sample = all.is_array() ? std::vector<nlohmann::json>(all.begin(), all.end())
                                                               : std::vector<nlohmann::json>{all};
    for (const auto* c : found) {
        const auto neg = negation(c->op);
        if (!neg) continue;
        pf::Comparison flipped = *c;
        flipped.op = *neg;
        const pf::Predicate positive(pf::Filter{pf::Node{*c}});
        const pf::Predicate negative(pf::Filter{pf::Node{flipped}});
        for (const auto& record : sample)
            if (record.is_object()) fuzz::require(positive(record) != negative(record), "NotX is the complement of X", record.dump());
    }
    return 0;
}
