#include "eval/lookup.hpp"

namespace plutora::filter::detail {

FieldPath::FieldPath(std::string field) : name(std::move(field)), key(name) {
    if (name.find('.') == std::string::npos) return;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = name.find('.', start);
        steps.emplace_back(std::string_view(name).substr(start, dot - start));
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
}

const LookupKeys& lookup_keys() {
    static const LookupKeys keys;  // constants, built once
    return keys;
}

}  // namespace plutora::filter::detail
