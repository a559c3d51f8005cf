// `plutora-filter schema [ENTITY]`: what the schema checks know — every entity, or one entity's
// endpoints and fields with their types and known values.
#include <algorithm>
#include <iomanip>
#include <sstream>

#include "cli/args.hpp"
#include "cli/cli.hpp"
#include "plutora/filter/filter.hpp"

namespace plutora::filter::cli {
namespace {

std::string endpoint_of(const Entity& e, std::string_view kind) {
    for (const auto& endpoint : e.endpoints)
        if (endpoint.kind == kind) return endpoint.path;
    return "";
}

void list_entities(const Catalogue& catalogue, std::ostream& out) {
    std::size_t width = 6;
    for (const auto& e : catalogue.entities()) width = std::max(width, e->name.size());
    out << std::left << std::setw(static_cast<int>(width)) << "entity" << "  fields  POST /filter  GET\n";
    for (const auto& e : catalogue.entities()) {
        out << std::left << std::setw(static_cast<int>(width)) << e->name << "  " << std::setw(6) << e->fields.size() << "  "
            << std::setw(12) << (e->has_post_filter() ? "yes" : "no") << "  " << endpoint_of(*e, "get") << '\n';
    }
    out << catalogue.entities().size() << " entities; `plutora-filter schema NAME` shows one\n";
}

void show_entity(const Entity& e, std::ostream& out) {
    out << e.name;
    if (!e.aliases.empty()) {
        out << " (also";
        for (const auto& a : e.aliases) out << ' ' << a;
        out << ')';
    }
    out << '\n';
    for (const auto& endpoint : e.endpoints) out << "  " << endpoint.kind << ": " << endpoint.path << '\n';
    out << "  POST /filter: " << (e.has_post_filter() ? "yes (bodies can be sent)" : "no (query strings only)") << '\n';
    out << "  fields: " << e.fields.size() << (e.fields_complete ? " (every field: unknown ones are errors)" : " (seen so far: unknown ones are warnings)")
        << (e.custom_fields ? "; records carry custom fields (additionalInformation)" : "") << "\n\n";
    std::size_t width = 5;
    for (const auto& f : e.fields) width = std::max(width, f.name.size());
    for (const auto& f : e.fields) {
        std::ostringstream line;
        line << "  " << std::left << std::setw(static_cast<int>(width)) << f.name << "  " << std::setw(8) << field_type_name(f.type);
        std::string notes;
        if (f.type == FieldType::enumeration) {
            notes += "{";
            for (std::size_t i = 0; i < f.values.size(); ++i) notes += (i > 0 ? ", " : "") + f.values[i];
            notes += f.values_complete ? "}" : ", …} (seen so far)";
        }
        if (!f.certain) notes += notes.empty() ? "type uncertain" : "; type uncertain";
        if (f.custom) notes += notes.empty() ? "custom field" : "; custom field";
        if (notes.empty() && !f.example.empty()) notes = "e.g. " + f.example;
        std::string text = line.str() + "  " + notes;
        text.erase(text.find_last_not_of(' ') + 1);
        out << text << '\n';
    }
}

}  // namespace

int schema_command(const std::vector<std::string>& args, Streams io) {
    const auto a = split_arguments(args, {}, {"--format", "--schema"});
    if (a.has("--help")) return io.out << help_for("schema"), ok;
    const std::string format = a.last("--format").value_or("text");
    if (format != "text" && format != "json") throw UsageError{"--format takes text or json"};
    if (a.positionals.size() > 1) throw UsageError{"expected at most one ENTITY, got " + std::to_string(a.positionals.size())};
    const auto catalogue = catalogue_of(a, io);
    if (a.positionals.empty()) {
        if (format == "json") {
            auto all = nlohmann::ordered_json::array();
            for (const auto& e : catalogue->entities()) all.push_back(to_json(*e));
            io.out << all.dump(2) << '\n';
        } else {
            list_entities(*catalogue, io.out);
        }
        return ok;
    }
    const auto entity = catalogue->entity(a.positionals[0]);
    if (!entity) {
        const auto close = catalogue->suggest(a.positionals[0]);
        throw UsageError{"unknown entity '" + a.positionals[0] + "'" + (close ? "; did you mean '" + *close + "'?" : ""), false};
    }
    if (format == "json") io.out << to_json(*entity).dump(2) << '\n';
    else show_entity(*entity, io.out);
    return ok;
}

}  // namespace plutora::filter::cli
