// Records loaded once, filtered many times. Loading parses the JSON with simdjson and
// prepares every value once — keys hashed ignoring case, numbers and dates read, text folded —
// and keeps each record's original bytes, which is what pages are made of (key order and number
// spelling kept).
//
//   auto loaded = plutora::filter::RecordSet::load(std::move(text));  // a JSON array or JSON Lines
//   if (!loaded.ok()) std::cerr << "line " << loaded.line << ": " << loaded.error << '\n';
//   const auto& records = *loaded.records;
//   plutora::filter::Predicate p(filter);
//   std::size_t n = records.count(p);                  // as many filters as you like
//   std::string page = records.evaluate(request);      // {"resultSet":[…],"returnCount":…,…}
//
// A RecordSet is immutable once loaded: share it across threads freely. It answers exactly as
// Predicate and Pager do on the same records parsed with nlohmann::json.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plutora/filter/eval.hpp"
#include "plutora/filter/request.hpp"

namespace plutora::filter {

namespace detail {
class PageBuilder;
struct Layout;
}

class RecordSet {
public:
    struct Loaded;
    /// Reads a JSON array of objects (first byte `[`), a saved API answer (one object with a
    /// `resultSet` array: its elements), one object however many lines it spans, or JSON Lines
    /// (one object per line; blank lines skipped). Refuses, with the reason and (for JSON Lines) the 1-based line, a record
    /// that is not a JSON object, not valid JSON or nested over `max_record_depth`.
    [[nodiscard]] static Loaded load(std::string text);
    /// JSON Lines whatever the first byte: for the chunks of a stream.
    [[nodiscard]] static Loaded load_lines(std::string text);
    /// A JSON array of objects.
    [[nodiscard]] static Loaded load_array(std::string text);

    ~RecordSet();
    RecordSet(RecordSet&&) noexcept;
    RecordSet& operator=(RecordSet&&) noexcept;

    /// How many records.
    [[nodiscard]] std::size_t size() const;
    /// Record `i` as it was written.
    [[nodiscard]] std::string_view record(std::size_t i) const;

    /// True when record `i` satisfies the predicate.
    [[nodiscard]] bool matches(const Predicate& predicate, std::size_t i) const;
    /// How many records satisfy the predicate.
    [[nodiscard]] std::size_t count(const Predicate& predicate) const;
    /// The indices of the records that satisfy the predicate, in order.
    [[nodiscard]] std::vector<std::size_t> select(const Predicate& predicate) const;
    /// The page of a request: `{"resultSet":[…],"returnCount":A,"totalCount":B,
    /// "pageNum":C,"recordsPerPage":D}`, records as their original bytes.
    [[nodiscard]] std::string evaluate(const Request& request) const;

    struct Store;

private:
    [[nodiscard]] static Loaded load_any(std::string text, const detail::Layout& layout);
    friend struct RecordSetAccess;
    friend class detail::PageBuilder;
    explicit RecordSet(std::unique_ptr<const Store> store);
    std::unique_ptr<const Store> store_;
};

struct RecordSet::Loaded {
    std::optional<RecordSet> records;  ///< absent when a record was refused
    std::size_t line = 0;              ///< JSON Lines: the refused record's line; 0 otherwise
    std::string error;
    bool saved_answer = false;         ///< the records were the `resultSet` of a saved API answer
    [[nodiscard]] bool ok() const { return records.has_value(); }
};

/// A page as text, or the reason there is none (never a partial answer).
struct Page {
    std::optional<std::string> envelope;  ///< records as their original bytes
    std::size_t line = 0;                 ///< JSON Lines: the refused record's line, 1-based; 0 otherwise
    std::string error;
    bool saved_answer = false;            ///< the records were the `resultSet` of a saved API answer
};

/// The page of a request over records read once, in one pass: a JSON array (first byte `[`), a
/// saved API answer or one object (as `RecordSet::load` reads them), or JSON Lines read in chunks so memory holds a chunk and the page, not the input. simdjson
/// parses; nothing else is built for a record the filter does not keep. Answers as Pager does.
[[nodiscard]] Page page_of(const Request& request, std::istream& records);
/// The same over records in memory.
[[nodiscard]] Page page_of(const Request& request, std::string_view records);

}  // namespace plutora::filter
