// Schema files (the built-in catalogue is one): read, checked key by key, merged over a base.
// Every fault is reported with the JSON pointer of what is wrong, never thrown past `load`.
#include <algorithm>
#include <array>

#include "plutora/filter/schema.hpp"
#include "read/json_spans.hpp"
#include "schema/builtin.hpp"
#include "schema/names.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"
#include "util/text.hpp"

namespace plutora::filter {
namespace {

using json = nlohmann::ordered_json;

constexpr std::array<std::string_view, 8> type_names = {"guid", "string", "integer", "number",
                                                       "boolean", "date", "datetime", "enum"};

/// A fault in a schema file: its pointer and what is wrong there.
struct Fault {
    std::string pointer;
    std::string message;
};

std::string token(std::string_view key) { return detail::pointer_token(key); }  // RFC 6901

void only_keys(const json& object, const std::string& at, std::initializer_list<std::string_view> known) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) != known.end()) continue;
        std::string message = "unknown key \"" + it.key() + "\"";
        const std::vector<std::string_view> candidates(known);
        if (auto close = detail::closest_name(it.key(), candidates)) message += "; did you mean \"" + *close + "\"?";
        throw Fault{at + "/" + token(it.key()), message};
    }
}

const json& expect(const json& j, const std::string& at, json::value_t type, std::string_view what) {
    const bool fits = type == json::value_t::number_unsigned ? j.is_number_unsigned() : j.type() == type;
    if (!fits) throw Fault{at, "expected " + std::string(what) + ", found " + j.dump()};
    return j;
}
std::string text(const json& j, const std::string& at) { return expect(j, at, json::value_t::string, "a string").get<std::string>(); }
bool flag(const json& j, const std::string& at) { return expect(j, at, json::value_t::boolean, "true or false").get<bool>(); }

FieldType type_of(const json& j, const std::string& at) {
    const std::string name = detail::ascii_lower(text(j, at));
    for (std::size_t i = 0; i < type_names.size(); ++i)
        if (type_names[i] == name) return static_cast<FieldType>(i);
    std::string message = "unknown type \"" + j.get<std::string>() + "\"; a type is one of guid, string, integer, number, "
                          "boolean, date, datetime, enum";
    const std::vector<std::string_view> candidates(type_names.begin(), type_names.end());
    if (auto close = detail::closest_name(name, candidates)) message += " (did you mean \"" + *close + "\"?)";
    throw Fault{at, message};
}

// A field entry, over `field` (the base entity's field of that name, or a fresh one).
void read_field(const json& j, const std::string& at, FieldInfo& field) {
    expect(j, at, json::value_t::object, "an object with the field's \"type\"");
    only_keys(j, at, {"type", "values", "values_complete", "confidence", "custom", "example", "note", "source", "filter_observed"});
    if (!j.contains("type") && field.name.empty()) throw Fault{at, "missing \"type\""};
    if (j.contains("type")) field.type = type_of(j["type"], at + "/type");
    if (field.type != FieldType::enumeration) field.values.clear(), field.values_complete = false;
    if (j.contains("values")) {
        const auto& values = expect(j["values"], at + "/values", json::value_t::array, "an array of strings");
        field.values.clear();
        for (std::size_t i = 0; i < values.size(); ++i) field.values.push_back(text(values[i], at + "/values/" + std::to_string(i)));
    }
    if (j.contains("values_complete")) field.values_complete = flag(j["values_complete"], at + "/values_complete");
    if (j.contains("confidence")) {
        const std::string c = text(j["confidence"], at + "/confidence");
        if (c != "low" && c != "medium" && c != "high") throw Fault{at + "/confidence", "expected \"low\", \"medium\" or \"high\""};
        field.certain = c != "low";
    }
    if (j.contains("custom")) field.custom = flag(j["custom"], at + "/custom");
    if (j.contains("filter_observed")) flag(j["filter_observed"], at + "/filter_observed");
    if (j.contains("example")) field.example = text(j["example"], at + "/example");
    if (j.contains("note")) field.note = text(j["note"], at + "/note");
    if (j.contains("source")) field.source = text(j["source"], at + "/source");
    if (field.type == FieldType::enumeration && field.values.empty()) throw Fault{at, "an enum needs its \"values\""};
    if (field.type != FieldType::enumeration && !field.values.empty() && j.contains("values"))
        throw Fault{at + "/values", "only an enum has values; write \"type\": \"enum\""};
}

// An entity entry's "aliases" (added) and "endpoints" (each kind replaced) into `entity`.
void read_names(const json& j, const std::string& at, Entity& entity) {
    if (j.contains("aliases")) {
        const auto& aliases = expect(j["aliases"], at + "/aliases", json::value_t::array, "an array of names");
        for (std::size_t i = 0; i < aliases.size(); ++i) {
            const std::string alias_at = at + "/aliases/" + std::to_string(i);
            entity.aliases.push_back(text(aliases[i], alias_at));
            if (const auto bad = detail::bad_entity_name(entity.aliases.back()); !bad.empty()) throw Fault{alias_at, bad};
        }
    }
    if (j.contains("endpoints")) {
        const auto& endpoints = expect(j["endpoints"], at + "/endpoints", json::value_t::object, "an object of kind: path");
        for (auto it = endpoints.begin(); it != endpoints.end(); ++it) {
            const std::string path = text(*it, at + "/endpoints/" + token(it.key()));
            if (!path.starts_with('/')) throw Fault{at + "/endpoints/" + token(it.key()), "a path starts with /"};
            std::erase_if(entity.endpoints, [&](const Endpoint& e) { return e.kind == it.key(); });
            entity.endpoints.push_back({it.key(), path});
        }
    }
}

// An entity entry's "fields" into `entity`: new ones added, known ones (any case) overridden.
void read_fields(const json& fields_json, const std::string& at, Entity& entity) {
    const auto& fields = expect(fields_json, at, json::value_t::object, "an object of name: field");
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const std::string field_at = at + "/" + token(it.key());
        if (it.key().empty()) throw Fault{field_at, "a field needs a name"};
        auto existing = std::find_if(entity.fields.begin(), entity.fields.end(),
                                     [&](const FieldInfo& f) { return detail::iequals(f.name, it.key()); });
        if (existing != entity.fields.end()) {
            read_field(*it, field_at, *existing);  // an override keeps what it does not say
        } else {
            FieldInfo field;
            read_field(*it, field_at, field);
            field.name = it.key();
            entity.fields.push_back(std::move(field));
        }
    }
}

// An entity entry: a new entity, or one of `entities` extended (its own name, or "extends").
void read_entity(const json& j, const std::string& name, const std::string& at,
                 std::vector<std::shared_ptr<const Entity>>& entities) {
    expect(j, at, json::value_t::object, "an object with the entity's \"fields\"");
    only_keys(j, at, {"extends", "aliases", "endpoints", "fields_complete", "custom_fields", "fields"});
    if (const auto bad = detail::bad_entity_name(name); !bad.empty()) throw Fault{at, bad};
    const auto find = [&](std::string_view n) {  // any spelling of its name, as lookups compare them
        const std::string want = detail::normalized_entity_name(n);
        return std::find_if(entities.begin(), entities.end(),
                            [&](const auto& e) { return detail::normalized_entity_name(e->name) == want; });
    };
    Entity entity;
    auto same = find(name);
    if (j.contains("extends")) {
        const std::string base = text(j["extends"], at + "/extends");
        const auto it = find(base);
        if (it == entities.end()) {
            std::vector<std::string_view> names;
            for (const auto& e : entities) names.push_back(e->name);
            std::string message = "\"extends\" names no entity known before it: \"" + base + "\"";
            if (auto close = detail::closest_name(base, names)) message += "; did you mean \"" + *close + "\"?";
            throw Fault{at + "/extends", message};
        }
        entity = **it;
        if (!detail::iequals(base, name)) entity.aliases.clear(), entity.endpoints.clear();
    } else if (same != entities.end()) {
        entity = **same;
    }
    entity.name = same != entities.end() ? (*same)->name : name;
    read_names(j, at, entity);
    if (j.contains("fields_complete")) entity.fields_complete = flag(j["fields_complete"], at + "/fields_complete");
    if (j.contains("custom_fields")) entity.custom_fields = flag(j["custom_fields"], at + "/custom_fields");
    if (!j.contains("fields") && same == entities.end() && !j.contains("extends")) throw Fault{at, "missing \"fields\""};
    if (j.contains("fields")) read_fields(j["fields"], at + "/fields", entity);
    auto shared = std::make_shared<const Entity>(std::move(entity));
    if (same != entities.end()) *same = std::move(shared);
    else entities.push_back(std::move(shared));
}

}  // namespace

std::string_view field_type_name(FieldType t) { return type_names[static_cast<std::size_t>(t)]; }

const FieldInfo* Entity::field(std::string_view wanted) const {
    for (const auto& f : fields)
        if (detail::iequals(f.name, wanted)) return &f;
    return nullptr;
}

bool Entity::has_post_filter() const {
    return std::any_of(endpoints.begin(), endpoints.end(), [](const Endpoint& e) { return e.kind == "post_filter"; });
}

Catalogue::Loaded Catalogue::load(std::string_view source, const std::shared_ptr<const Catalogue>& base) {
    Loaded out;
    json doc;
    try {
        doc = json::parse(source);
    } catch (const json::exception& e) {
        std::string what = e.what();
        if (const auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
        out.error = "not valid JSON: " + what;
        return out;
    }
    std::vector<std::shared_ptr<const Entity>> entities;
    if (base) entities = base->entities();
    try {
        expect(doc, "", json::value_t::object, "an object with \"entities\"");
        only_keys(doc, "", {"format", "description", "sources", "rules", "entities"});
        if (doc.contains("format") && text(doc["format"], "/format") != "plutora-filter-schema/1")
            throw Fault{"/format", "unknown format; this version reads \"plutora-filter-schema/1\""};
        if (!doc.contains("entities")) throw Fault{"", "missing \"entities\""};
        const auto& list = expect(doc["entities"], "/entities", json::value_t::object, "an object of name: entity");
        for (auto it = list.begin(); it != list.end(); ++it) read_entity(*it, it.key(), "/entities/" + token(it.key()), entities);
    } catch (const Fault& fault) {
        out.pointer = fault.pointer;
        out.error = (fault.pointer.empty() ? "/" : fault.pointer) + ": " + fault.message;
        return out;
    }
    out.catalogue = std::make_shared<const Catalogue>(std::move(entities));
    return out;
}

std::shared_ptr<const Catalogue> Catalogue::builtin() {
    // Immutable once built, so one copy serves every caller and thread.
    static const std::shared_ptr<const Catalogue> catalogue = [] {
        auto loaded = load(detail::builtin_schema(), nullptr);
        return loaded.catalogue ? loaded.catalogue : std::make_shared<const Catalogue>(std::vector<std::shared_ptr<const Entity>>{});
    }();
    return catalogue;
}

std::optional<Diagnostic> check_form(const Entity& entity, Form form) {
    if ((form != Form::expando && form != Form::search_filters) || entity.has_post_filter()) return std::nullopt;
    Diagnostic d;
    d.code = Code::E018;
    d.severity = Severity::error;
    d.message = entity.name + " has no POST /filter endpoint, so a filter body cannot be sent for it; send the filter "
                              "as a query string (GET " + (entity.endpoints.empty() ? "/" + entity.name : entity.endpoints.front().path) + "?filter=…)";
    return d;
}

nlohmann::ordered_json to_json(const Entity& entity) {
    json out;
    out["name"] = entity.name;
    out["aliases"] = entity.aliases;
    auto endpoints = json::object();
    for (const auto& e : entity.endpoints) endpoints[e.kind] = e.path;
    out["endpoints"] = std::move(endpoints);
    out["fields_complete"] = entity.fields_complete;
    out["custom_fields"] = entity.custom_fields;
    auto fields = json::array();
    for (const auto& f : entity.fields) {
        json field{{"name", f.name}, {"type", field_type_name(f.type)}};
        if (f.type == FieldType::enumeration) field["values"] = f.values, field["values_complete"] = f.values_complete;
        if (!f.certain) field["confidence"] = "low";
        if (f.custom) field["custom"] = true;
        if (!f.example.empty()) field["example"] = f.example;
        if (!f.note.empty()) field["note"] = f.note;
        if (!f.source.empty()) field["source"] = f.source;
        fields.push_back(std::move(field));
    }
    out["fields"] = std::move(fields);
    return out;
}

}  // namespace plutora::filter
