// The API's entities and their fields: a built-in catalogue, extended by user schema
// files. With an entity, the check stage knows each field's type and reports unknown fields
// (E016), values that do not fit (E017), Contains on dates and GUIDs (W115), values outside a
// field's known ones (W116) and custom fields sent to the server (W117).
//
//   auto catalogue = plutora::filter::Catalogue::builtin();
//   plutora::filter::Options options;
//   options.entity = catalogue->entity("Release");   // any spelling: releases, /releases/filter
//   auto r = plutora::filter::parse("`nmae` contains `abc`", options);
//   // r.diagnostics: E016 unknown field `nmae` of releases; did you mean `name`?
//
//   auto loaded = plutora::filter::Catalogue::load(file_text, catalogue);  // a tenant's fields
//   if (!loaded.ok()) std::cerr << loaded.error << '\n';                    // names the JSON pointer
//
// Catalogues and entities are immutable once built: share them across threads freely.
#pragma once

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plutora/filter/diagnostic.hpp"
#include "plutora/filter/request.hpp"

namespace plutora::filter {

/// The JSON types of the API's fields.
enum class FieldType : std::uint8_t { guid, string, integer, number, boolean, date, datetime, enumeration };
/// "guid", "string", "integer", "number", "boolean", "date", "datetime", "enum".
[[nodiscard]] std::string_view field_type_name(FieldType t);

struct FieldInfo {
    std::string name;  ///< as the API spells it
    FieldType type = FieldType::string;
    std::vector<std::string> values;  ///< the known values of an enum
    /// True when `values` is the whole set: a value outside it is E017, else W116.
    bool values_complete = false;
    /// False where the type rests on one sample: its findings are warnings, never errors.
    bool certain = true;
    /// A tenant's custom field (additionalInformation): the API does not filter on it (W117).
    bool custom = false;
    std::string example;  ///< a value seen in a real answer
    std::string note;
    std::string source;  ///< where the facts come from
};

/// An endpoint of an entity: `get` (the list, taking `filter=`), `get_by_id`, `post_filter`, ….
struct Endpoint {
    std::string kind;
    std::string path;  ///< `/releases/{id}`: a `{…}` segment stands for any one segment
};

struct Entity {
    std::string name;                  ///< "releases"
    std::vector<std::string> aliases;  ///< other names it answers to: "release", "Release"
    std::vector<Endpoint> endpoints;
    /// True when `fields` is every field (the server's own /schema answer): an unknown field is
    /// E016, an error; else E016 is a warning.
    bool fields_complete = false;
    /// Records carry custom fields (additionalInformation).
    bool custom_fields = false;
    std::vector<FieldInfo> fields;

    /// The field named `name`, ignoring case; null if there is none.
    [[nodiscard]] const FieldInfo* field(std::string_view name) const;
    /// True when the entity has a POST `/filter` endpoint (only then can a body be sent).
    [[nodiscard]] bool has_post_filter() const;
};

class Catalogue {
public:
    /// The API's entities, from the facts in `src/schema/entities.json` (embedded at build time).
    [[nodiscard]] static std::shared_ptr<const Catalogue> builtin();

    /// A schema file read over `base`, or why it could not be.
    struct Loaded {
        std::shared_ptr<const Catalogue> catalogue;  ///< absent on error
        std::string error;    ///< `/entities/releases/fields/budget/type: unknown type "strng"; …`
        std::string pointer;  ///< the JSON pointer of the fault
        [[nodiscard]] bool ok() const { return catalogue != nullptr; }
    };
    /// Reads a schema file (format: docs/SCHEMAS.md): entities are added to `base`, or extend
    /// one of it (fields added, or overriding those of the same name). `base` may be null.
    [[nodiscard]] static Loaded load(std::string_view json, const std::shared_ptr<const Catalogue>& base);

    /// The entity called `name` in any spelling, ignoring case: its name, an alias, or a path of
    /// one of its endpoints (`/TECRs/filter`). Null if none.
    [[nodiscard]] std::shared_ptr<const Entity> entity(std::string_view name) const;
    /// The entity a URL path is about: the endpoint that matches the path's last segments best
    /// (`/releases/{id}/changes` → changes). Null if none.
    [[nodiscard]] std::shared_ptr<const Entity> entity_for_path(std::string_view path) const;
    /// The entity name closest to a misspelled one (edit distance ≤ 2), for a did-you-mean.
    [[nodiscard]] std::optional<std::string> suggest(std::string_view name) const;

    [[nodiscard]] const std::vector<std::shared_ptr<const Entity>>& entities() const { return entities_; }

    explicit Catalogue(std::vector<std::shared_ptr<const Entity>> entities) : entities_(std::move(entities)) {}

private:
    std::vector<std::shared_ptr<const Entity>> entities_;
};

/// E018 when `form` is a POST body and the entity has no POST `/filter` endpoint; the diagnostic
/// points at the start of the input (offset 0). Nothing when the form can be sent.
[[nodiscard]] std::optional<Diagnostic> check_form(const Entity& entity, Form form);

/// An entity as JSON: name, aliases, endpoints, fields with types, known values and sources.
[[nodiscard]] nlohmann::ordered_json to_json(const Entity& entity);

}  // namespace plutora::filter
