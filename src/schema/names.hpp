// How entity names compare, shared by the schema file reader and the lookups.
#pragma once

#include <string>
#include <string_view>

namespace plutora::filter::detail {

/// Lower case without `_`, `-` and spaces: "Environment Groups" = "environment_groups".
[[nodiscard]] std::string normalized_entity_name(std::string_view name);

/// Why `name` cannot name an entity (it must hold a letter or digit and no `/`, `?` or `#`,
/// which belong to paths), or empty when it can.
[[nodiscard]] std::string bad_entity_name(std::string_view name);

}  // namespace plutora::filter::detail
