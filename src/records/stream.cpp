// One pass of one filter over records: simdjson parses each record (or the whole array) and the
// filter reads simdjson's DOM directly (records/dom_view.hpp); only the page's records are
// copied. What simdjson refuses is decided as the nlohmann path decides it: the same records
// are accepted (integers past 64 bits among them) and the same reasons given.
#include <algorithm>
#include <istream>
#include <sstream>

#include "read/json_spans.hpp"
#if PLUTORA_FILTER_SIMDJSON
#include "records/dom_view.hpp"
#endif
#include "records/page_builder.hpp"
#include "records/scan.hpp"

namespace plutora::filter {
namespace {

using json = nlohmann::json;

// One record (`line`, trimmed; `raw` is what a message's column counts in), line `n`.
std::optional<Page> add_record(std::string_view line, std::string_view raw, std::size_t n, [[maybe_unused]] detail::RecordParser& parser,
                               detail::PageBuilder& page) {
    line = detail::record_text(line);
#if PLUTORA_FILTER_SIMDJSON
    simdjson::dom::element root;
    if (parser.parse(line.data(), line.size(), false).get(root) == simdjson::SUCCESS) {
        if (!root.is_object())
            return Page{std::nullopt, n, "a record must be a JSON object, found " + std::string(detail::type_name(root.type()))};
        page.consider(detail::DomView(root), line);
        return std::nullopt;
    }
#endif
    json record;  // refused by simdjson (integers past 64 bits among it), or no simdjson
    if (auto why = detail::read_record(line, raw, record)) return Page{std::nullopt, n, std::move(*why)};
    page.consider(detail::JsonView(record), line);
    return std::nullopt;
}

// The lines of `text` (whole lines; padded for simdjson past its end) into the page.
std::optional<Page> add_lines(std::string_view text, std::size_t first_line, detail::RecordParser& parser,
                              detail::PageBuilder& page) {
    return detail::for_each_line<Page>(text, first_line, [&](std::size_t begin, std::size_t stop, std::string_view raw, std::size_t n) {
        return add_record(text.substr(begin, stop - begin), raw, n, parser, page);
    });
}

std::optional<Page> add_array(std::string_view text, [[maybe_unused]] detail::RecordParser& parser, detail::PageBuilder& page) {
    const auto spans = detail::element_spans(text);
#if PLUTORA_FILTER_SIMDJSON
    simdjson::dom::element root;
    const bool read_by_nlohmann = parser.parse(text.data(), text.size(), false).get(root) != simdjson::SUCCESS;
#else
    const bool read_by_nlohmann = true;
#endif
    if (read_by_nlohmann) {  // as the nlohmann path reads it
        json all;
        if (auto why = detail::read_records_array(text, all)) return Page{std::nullopt, 0, std::move(*why)};
        if (all.size() != spans.size()) return Page{std::nullopt, 0, "the records are not a valid JSON array"};
        for (std::size_t i = 0; i < all.size(); ++i) page.consider(detail::JsonView(all[i]), text.substr(spans[i].first, spans[i].second));
        return std::nullopt;
    }
#if PLUTORA_FILTER_SIMDJSON
    if (!root.is_array()) return Page{std::nullopt, 0, "the records are not a valid JSON array"};
    std::size_t i = 0;
    for (const auto element : simdjson::dom::array(root)) {  // every record is an object, or there is no page
        if (!element.is_object()) return Page{std::nullopt, 0, "record " + std::to_string(i) + " is not a JSON object"};
        ++i;
    }
    i = 0;
    for (const auto element : simdjson::dom::array(root)) {
        page.consider(detail::DomView(element), text.substr(spans[i].first, spans[i].second));
        ++i;
    }
#endif
    return std::nullopt;
}


// Records held whole (a UTF-8 byte-order mark skipped), laid out as `detail::layout_of` says.
Page page_in_memory(const Request& request, std::string text) {
    const auto layout = detail::layout_of(text);
    const std::size_t size = text.size();
    text.append(detail::parser_padding, ' ');  // simdjson reads a little past each record
    const std::string_view all(text.data(), size);
    const std::string_view part = all.substr(layout.begin, layout.size);
    detail::PageBuilder page(request);
    using Kind = detail::Layout::Kind;
    auto parser = detail::record_parser(layout.kind == Kind::array || layout.kind == Kind::answer ? max_record_depth + 1 : max_record_depth);
    std::optional<Page> refused;
    if (layout.kind == Kind::lines) refused = add_lines(all, 1, parser, page);
    else if (layout.kind == Kind::object) refused = add_record(part, part, detail::line_at(all, layout.begin), parser, page);
    else refused = add_array(part, parser, page);
    if (refused) return std::move(*refused);
    return Page{page.envelope(), 0, {}, layout.kind == Kind::answer};
}

}  // namespace

Page page_of(const Request& request, std::string_view records) {
    if (records.starts_with("\xEF\xBB\xBF")) records.remove_prefix(3);
    return page_in_memory(request, std::string(records));
}

Page page_of(const Request& request, std::istream& in) {
    // What is read to tell the layout still belongs to the records (messages count columns from
    // the start of a line), except a UTF-8 byte-order mark.
    std::string buffer;
    if (in.peek() == 0xEF) {
        char bom[3] = {};
        in.read(bom, 3);
        const std::string_view got(bom, static_cast<std::size_t>(in.gcount()));
        if (got != "\xEF\xBB\xBF") buffer.assign(got);
    }
    constexpr std::size_t chunk = std::size_t{4} << 20;
    bool end = false;
    const auto read_chunk = [&] {
        const std::size_t had = buffer.size();
        buffer.resize(had + chunk);
        in.read(buffer.data() + had, static_cast<std::streamsize>(chunk));
        buffer.resize(had + static_cast<std::size_t>(in.gcount()));
        end = !in;
    };
    const auto read_rest = [&] {
        std::ostringstream rest;
        rest << in.rdbuf();
        buffer += std::move(rest).str();
    };
    read_chunk();
    if (in.bad()) return Page{std::nullopt, 0, "the input could not be read"};
    // An array, or one object (a saved answer, a pretty-printed record), is read whole; JSON
    // Lines — the first object closed and another value after it — stream in chunks.
    const std::size_t first = buffer.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && (buffer[first] == '[' || buffer[first] == '{')) {
        const std::size_t stop = detail::value_stop(buffer, first);
        const bool more = buffer[first] == '{' && stop > first && buffer[stop - 1] == '}' &&
                          buffer.find_first_not_of(" \t\r\n", stop) != std::string::npos;
        if (!more) {
            if (!end) read_rest();
            if (in.bad()) return Page{std::nullopt, 0, "the input could not be read"};
            return page_in_memory(request, std::move(buffer));
        }
    }
    auto parser = detail::record_parser(max_record_depth);
    detail::PageBuilder page(request);
    std::size_t lines_before = 1;
    for (bool first_chunk = true; first_chunk || !end; first_chunk = false) {
        if (!first_chunk) read_chunk();
        if (in.bad()) return Page{std::nullopt, 0, "the input could not be read"};
        const std::size_t cut = end ? buffer.size() : buffer.rfind('\n') + 1;  // whole lines only
        if (cut == 0) continue;                                                  // a line longer than a chunk: read on
        const auto lines = static_cast<std::size_t>(std::count(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(cut), '\n'));
        const std::size_t tail = buffer.size();
        buffer.append(detail::parser_padding, ' ');  // simdjson reads a little past each line
        if (auto refused = add_lines(std::string_view(buffer.data(), cut), lines_before, parser, page)) return std::move(*refused);
        buffer.resize(tail);
        lines_before += lines;
        buffer.erase(0, cut);
    }
    return Page{page.envelope(), 0, {}};
}

}  // namespace plutora::filter
