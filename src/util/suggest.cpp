#include "util/suggest.hpp"

#include <algorithm>

#include "util/text.hpp"

namespace plutora::filter::detail {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> prev2(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        prev2.swap(prev);
        prev.swap(cur);
    }
    return prev[b.size()];
}

std::optional<std::string> closest_name(std::string_view word, const std::vector<std::string_view>& candidates,
                                        bool prefixes) {
    const std::string folded = ascii_lower(word);
    if (folded.empty()) return std::nullopt;
    const std::size_t limit = folded.size() <= 4 ? 1 : 2;
    std::optional<std::string_view> best;
    std::size_t best_distance = limit + 1;
    bool tie = false;
    for (const auto candidate : candidates) {
        const std::size_t d = edit_distance(folded, ascii_lower(candidate));
        if (d < best_distance) best = candidate, best_distance = d, tie = false;
        else if (d == best_distance && best && !iequals(*best, candidate)) tie = true;
    }
    if (best && !tie) return std::string(*best);
    if (!prefixes || folded.size() < 3) return std::nullopt;
    std::optional<std::string_view> only;
    for (const auto candidate : candidates) {
        if (!ascii_lower(candidate).starts_with(folded)) continue;
        if (only) return std::nullopt;
        only = candidate;
    }
    if (only) return std::string(*only);
    return std::nullopt;
}

}  // namespace plutora::filter::detail
