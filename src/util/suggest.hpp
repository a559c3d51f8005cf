// Did-you-mean: the candidate closest to a misspelled word.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plutora::filter::detail {

/// Optimal string alignment distance: a swap of two neighbours counts as one edit.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` ignoring ASCII case: edit distance ≤ 2 (≤ 1 for words of
/// four letters or fewer), the nearest winning; else, with `prefixes`, the only candidate
/// that `word` begins (at least three letters). Nothing when no candidate is close or two
/// are equally close.
[[nodiscard]] std::optional<std::string> closest_name(std::string_view word, const std::vector<std::string_view>& candidates,
                                                      bool prefixes = false);

}  // namespace plutora::filter::detail
