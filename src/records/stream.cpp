// One pass of one filter over records: simdjson parses each record (or the whole array) and the
// filter reads simdjson's DOM directly (records/dom_view.hpp); only the page's records are
// copied. What simdjson refuses is decided as the nlohmann path decides it: the same records
// are accepted (integers past 64 bits among them) and the same reasons given.
#include <algorithm>
#include <istream>
#include <sstream>

#include "read/json_spans.hpp"
#include "records/dom_view.hpp"
#include "records/page_builder.hpp"
#include "records/scan.hpp"

namespace plutora::filter {
namespace {

using json = nlohmann::json;

// The lines of `text` (whole lines; padded for simdjson past its end) into the page.
std::optional<Page> add_lines(std::string_view text, std::size_t first_line, simdjson::dom::parser& parser,
                              detail::PageBuilder& page) {
    std::size_t n = first_line;
    for (std::size_t at = 0; at < text.size(); ++n) {
        std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos) end = text.size();
        std::size_t begin = at;
        std::size_t stop = end;
        const std::string_view raw = text.substr(at, end - at);
        at = end + 1;
        while (begin < stop && detail::is_ws(text[begin])) ++begin;
        while (stop > begin && detail::is_ws(text[stop - 1])) --stop;
        if (begin == stop) continue;
        const std::string_view line = detail::record_text(text.substr(begin, stop - begin));
        simdjson::dom::element root;
        if (parser.parse(line.data(), line.size(), false).get(root)) {
            json record;
            if (auto why = detail::read_record(line, raw, record)) return Page{std::nullopt, n, std::move(*why)};
            page.consider(detail::JsonView(record), line);
            continue;
        }
        if (!root.is_object())
            return Page{std::nullopt, n, "a record must be a JSON object, found " + std::string(detail::type_name(root.type()))};
        page.consider(detail::DomView(root), line);
    }
    return std::nullopt;
}

std::optional<Page> add_array(std::string_view text, simdjson::dom::parser& parser, detail::PageBuilder& page) {
    simdjson::dom::element root;
    const auto spans = detail::element_spans(text);
    if (parser.parse(text.data(), text.size(), false).get(root)) {  // as the nlohmann path reads it
        json all;
        if (auto why = detail::read_records_array(text, all)) return Page{std::nullopt, 0, std::move(*why)};
        if (all.size() != spans.size()) return Page{std::nullopt, 0, "the records are not a valid JSON array"};
        for (std::size_t i = 0; i < all.size(); ++i) page.consider(detail::JsonView(all[i]), text.substr(spans[i].first, spans[i].second));
        return std::nullopt;
    }
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
    return std::nullopt;
}

}  // namespace

Page page_of(const Request& request, std::string_view records) {
    std::istringstream in{std::string(records)};
    return page_of(request, in);
}

Page page_of(const Request& request, std::istream& in) {
    // What is read to tell an array from JSON Lines still belongs to the records (messages count
    // columns from the start of a line), except a UTF-8 byte-order mark.
    std::string prefix;
    if (in.peek() == 0xEF) {
        char bom[3] = {};
        in.read(bom, 3);
        const std::string_view got(bom, static_cast<std::size_t>(in.gcount()));
        if (got != "\xEF\xBB\xBF") prefix.assign(got);
    }
    if (prefix.empty())
        while (in.peek() == ' ' || in.peek() == '\t' || in.peek() == '\r' || in.peek() == '\n') prefix += static_cast<char>(in.get());
    detail::PageBuilder page(request);
    if (prefix.find_first_not_of(" \t\r\n") == std::string::npos && in.peek() == '[') {
        std::ostringstream all;
        all << in.rdbuf();
        std::string text = prefix + std::move(all).str();
        const std::size_t size = text.size();
        text.append(simdjson::SIMDJSON_PADDING, ' ');
        auto parser = detail::record_parser(max_record_depth + 1);
        if (auto refused = add_array(std::string_view(text.data(), size), parser, page)) return std::move(*refused);
        return Page{page.envelope(), 0, {}};
    }
    constexpr std::size_t chunk = std::size_t{4} << 20;
    auto parser = detail::record_parser(max_record_depth);
    std::string buffer = std::move(prefix);
    std::size_t lines_before = 1;
    bool end = false;
    while (!end) {
        const std::size_t had = buffer.size();
        buffer.resize(had + chunk);
        in.read(buffer.data() + had, static_cast<std::streamsize>(chunk));
        buffer.resize(had + static_cast<std::size_t>(in.gcount()));
        end = !in;
        if (in.bad()) return Page{std::nullopt, 0, "the input could not be read"};
        const std::size_t cut = end ? buffer.size() : buffer.rfind('\n') + 1;  // whole lines only
        if (cut == 0) continue;                                                  // a line longer than a chunk: read on
        const auto lines = static_cast<std::size_t>(std::count(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(cut), '\n'));
        const std::size_t tail = buffer.size();
        buffer.append(simdjson::SIMDJSON_PADDING, ' ');  // simdjson reads a little past each line
        if (auto refused = add_lines(std::string_view(buffer.data(), cut), lines_before, parser, page)) return std::move(*refused);
        buffer.resize(tail);
        lines_before += lines;
        buffer.erase(0, cut);
    }
    return Page{page.envelope(), 0, {}};
}

}  // namespace plutora::filter
