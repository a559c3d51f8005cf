// Filters against local JSON records: compile once, match many, page like the API.
//
//   auto r = plutora::filter::read("( `Name` contains `abc` ) and ( `LastModifiedDate` >= 2019-02-01 )");
//   plutora::filter::Predicate matches(r.request->filter);
//   if (matches(record)) ...                      // record: an nlohmann::json object
//
//   plutora::filter::Pager pager(*r.request);     // sort keys and paging from the request
//   for (auto& record : records) pager.add(std::move(record));
//   nlohmann::json page = std::move(pager).envelope();
//   // {"resultSet":[…],"returnCount":A,"totalCount":B,"pageNum":C,"recordsPerPage":D}
//
// Matching does no parsing, no allocation and no case conversion of the filter's own values per
// record: all of that happens once, when the predicate is built. Every negated operator is the
// exact complement of its positive one on every record, missing fields included.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <nlohmann/json.hpp>

#include "plutora/filter/ast.hpp"
#include "plutora/filter/request.hpp"

namespace plutora::filter {

/// A filter compiled for matching records. Immutable once built: safe to share across threads.
class Predicate {
public:
    explicit Predicate(const Filter& filter);
    ~Predicate();
    Predicate(Predicate&&) noexcept;
    Predicate& operator=(Predicate&&) noexcept;

    /// True when the record (a JSON object) satisfies the filter.
    [[nodiscard]] bool operator()(const nlohmann::json& record) const;

    struct Impl;

private:
    friend class RecordSet;
    std::unique_ptr<const Impl> impl_;
};

/// Collects the matches of a request and keeps only its page: the records of that page when
/// nothing is sorted, else the best (pageNum + 1) × recordsPerPage so far. Memory does not grow
/// with the number of records added.
class Pager {
public:
    explicit Pager(const Request& request);
    ~Pager();
    Pager(Pager&&) noexcept;
    Pager& operator=(Pager&&) noexcept;

    /// Tests one record and keeps it (a copy, or moved) if it can be on the page.
    void add(const nlohmann::json& record);
    void add(nlohmann::json&& record);
    /// Matches so far.
    [[nodiscard]] std::size_t total_count() const;
    /// The page: `{"resultSet":[…],"returnCount":…,"totalCount":…,"pageNum":…,"recordsPerPage":…}`.
    [[nodiscard]] nlohmann::json envelope() &&;

private:
    template <typename Record>
    void consider(Record&& record);
    struct State;
    std::unique_ptr<State> state_;
};

/// The page of a request over an array of records.
[[nodiscard]] nlohmann::json evaluate(const Request& request, const nlohmann::json& records);

/// Records nest at most this deep: deeper ones are refused before they are parsed, so nothing
/// that walks a record (writing the page, say) can be driven past a fixed depth.
inline constexpr std::size_t max_record_depth = 512;

/// The page, or the reason there is none: a record that is not a JSON object, not valid JSON
/// or nested too deep — never a partial answer.
struct RecordsResult {
    std::optional<nlohmann::json> envelope;
    std::size_t line = 0;  ///< JSON Lines: the bad line, 1-based; 0 otherwise
    std::string error;
    bool saved_answer = false;  ///< the records were the `resultSet` of a saved API answer
};

/// The page of a request over JSON Lines (one object per line; blank lines skipped), read as a
/// stream: memory holds the page, not the input.
[[nodiscard]] RecordsResult evaluate_lines(const Request& request, std::istream& lines);

/// The page over records as text: a JSON array of objects (first byte `[`); a saved API answer
/// (one object with a `resultSet` array: its elements); one object, however many lines it
/// spans; or JSON Lines.
[[nodiscard]] RecordsResult evaluate_text(const Request& request, std::string_view records);

}  // namespace plutora::filter
