// The data directory: one file of records per entity, named after it, each loaded once.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "serve/service.hpp"

namespace plutora::filter::serve {

Service::Loaded Service::load(const std::string& dir, Settings settings) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return {nullptr, dir + ": " + (fs::exists(dir, ec) ? "not a directory" : "no such directory")};
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const auto ext = entry.path().extension().string();
        if (entry.is_regular_file(ec) && (ext == ".json" || ext == ".jsonl")) files.push_back(entry.path());
    }
    if (ec) return {nullptr, dir + ": " + ec.message()};
    std::sort(files.begin(), files.end());
    if (files.empty()) return {nullptr, dir + ": no records (one file per entity: releases.json as an array, changes.jsonl as JSON Lines)"};

    std::vector<Collection> collections;
    for (const auto& path : files) {
        const std::string name = path.stem().string();
        auto entity = settings.catalogue->entity(name);
        if (!entity) {
            const auto close = settings.catalogue->suggest(name);
            return {nullptr, path.string() + ": no entity is called '" + name + "'" + (close ? "; did you mean '" + *close + "'?" : "") +
                                 " (plutora-filter schema lists them)"};
        }
        for (const auto& c : collections)
            if (c.entity == entity) return {nullptr, path.string() + ": " + c.file + " already holds the records of " + entity->name};
        std::ifstream in(path, std::ios::binary);
        if (!in.is_open()) return {nullptr, path.string() + ": cannot be read"};
        std::ostringstream text;
        text << in.rdbuf();
        if (in.bad()) return {nullptr, path.string() + ": cannot be read"};
        auto loaded = RecordSet::load(std::move(text).str());
        if (!loaded.ok())
            return {nullptr, path.string() + (loaded.line > 0 ? ":" + std::to_string(loaded.line) : "") + ": " + loaded.error};
        collections.push_back({std::move(entity), std::move(*loaded.records), path.string()});
    }
    return {std::make_unique<Service>(std::move(settings), std::move(collections)), {}};
}

}  // namespace plutora::filter::serve
