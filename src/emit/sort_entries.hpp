#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "plutora/filter/request.hpp"

namespace plutora::filter::detail {

/// Adds each sort key to `entries` (a searchFilters array) so that reading them back gives the
/// same keys in the same order: as `direction` on the next condition entry of that property (spelled the same),
/// else as an entry of its own with only property and direction.
void add_sort_entries(const std::vector<SortKey>& sort, nlohmann::ordered_json& entries);

}  // namespace plutora::filter::detail
