// SPEC 5 sorting and pagination: stable sort keys (numbers, instants, text; missing last in
// both directions), then the page of pageNum × recordsPerPage. Only what the page can use is
// kept: a window without sort keys, the best (pageNum + 1) × recordsPerPage with them.
#include <algorithm>
#include <istream>
#include <sstream>

#include "eval/sort.hpp"
#include "read/json_spans.hpp"
#include "plutora/filter/eval.hpp"
#include "util/text.hpp"

namespace plutora::filter {
namespace {

using json = nlohmann::json;

struct Kept {
    std::vector<detail::SortValue> keys;
    std::size_t seq = 0;
    json record;
};

}  // namespace

struct Pager::State {
    Predicate predicate;
    Paging paging;
    std::vector<SortKey> sort;
    std::vector<detail::FieldPath> sort_paths;
    std::size_t total = 0;
    std::vector<Kept> kept;  // without sort keys: the page in order; with them: a heap, worst on top

    explicit State(const Request& r) : predicate(r.filter), paging(r.paging), sort(r.sort) {
        for (const auto& key : sort) sort_paths.emplace_back(key.field);
    }

    [[nodiscard]] std::size_t first() const { return std::size_t{paging.page_num} * paging.records_per_page; }
    [[nodiscard]] std::size_t keep_limit() const { return first() + paging.records_per_page; }

    // True when a goes before b in the result.
    [[nodiscard]] bool before(const Kept& a, const Kept& b) const {
        for (std::size_t i = 0; i < sort.size(); ++i)
            if (const int c = detail::compare(a.keys[i], b.keys[i], sort[i].descending); c != 0) return c < 0;
        return a.seq < b.seq;
    }
};

Pager::Pager(const Request& request) : state_(std::make_unique<State>(request)) {}
Pager::~Pager() = default;
Pager::Pager(Pager&&) noexcept = default;
Pager& Pager::operator=(Pager&&) noexcept = default;

void Pager::add(const json& record) { consider(record); }
void Pager::add(json&& record) { consider(std::move(record)); }

template <typename Record>
void Pager::consider(Record&& record) {
    State& s = *state_;
    if (!s.predicate(record)) return;
    const std::size_t seq = s.total++;
    if (s.sort.empty()) {
        if (seq >= s.first() && seq < s.keep_limit()) s.kept.push_back(Kept{{}, seq, std::forward<Record>(record)});
        return;
    }
    Kept k{{}, seq, {}};
    k.keys.reserve(s.sort_paths.size());
    for (const auto& path : s.sort_paths) k.keys.push_back(detail::sort_value(detail::JsonView(record), path));
    const auto worse_last = [&s](const Kept& a, const Kept& b) { return s.before(a, b); };
    if (s.kept.size() == s.keep_limit()) {
        if (!s.before(k, s.kept.front())) return;  // cannot reach the page
        std::pop_heap(s.kept.begin(), s.kept.end(), worse_last);
        s.kept.pop_back();
    }
    k.record = std::forward<Record>(record);
    s.kept.push_back(std::move(k));
    std::push_heap(s.kept.begin(), s.kept.end(), worse_last);
}

std::size_t Pager::total_count() const { return state_->total; }

json Pager::envelope() && {
    State& s = *state_;
    json page = json::array();
    if (s.sort.empty()) {
        for (auto& k : s.kept) page.push_back(std::move(k.record));
    } else {
        std::sort_heap(s.kept.begin(), s.kept.end(), [&s](const Kept& a, const Kept& b) { return s.before(a, b); });
        for (std::size_t i = s.first(); i < s.kept.size(); ++i) page.push_back(std::move(s.kept[i].record));
    }
    json out;
    out["returnCount"] = page.size();
    out["resultSet"] = std::move(page);
    out["totalCount"] = s.total;
    out["pageNum"] = s.paging.page_num;
    out["recordsPerPage"] = s.paging.records_per_page;
    return out;
}


RecordsResult evaluate_lines(const Request& request, std::istream& lines) {
    Pager pager(request);
    std::string line;
    for (std::size_t n = 1; std::getline(lines, line); ++n) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        json record;
        if (auto why = detail::read_record(line, line, record)) return {std::nullopt, n, std::move(*why)};
        pager.add(std::move(record));
    }
    if (lines.bad()) return {std::nullopt, 0, "the input could not be read"};
    return {std::move(pager).envelope(), 0, {}};
}

RecordsResult evaluate_text(const Request& request, std::string_view records) {
    if (records.starts_with("\xEF\xBB\xBF")) records.remove_prefix(3);  // a byte-order mark is not part of the records
    const auto layout = detail::layout_of(records);
    const std::string_view part = records.substr(layout.begin, layout.size);
    switch (layout.kind) {
        case detail::Layout::Kind::lines: {
            std::istringstream lines{std::string(records)};
            return evaluate_lines(request, lines);
        }
        case detail::Layout::Kind::object: {
            json record;
            if (auto why = detail::read_record(part, part, record)) return {std::nullopt, detail::line_at(records, layout.begin), std::move(*why)};
            Pager pager(request);
            pager.add(std::move(record));
            return {std::move(pager).envelope(), 0, {}};
        }
        default: break;
    }
    json all;
    if (auto why = detail::read_records_array(part, all)) return {std::nullopt, 0, std::move(*why)};
    return {evaluate(request, all), 0, {}, layout.kind == detail::Layout::Kind::answer};
}

json evaluate(const Request& request, const json& records) {
    Pager pager(request);
    if (records.is_array())
        for (const auto& record : records) pager.add(record);
    return std::move(pager).envelope();
}

}  // namespace plutora::filter
