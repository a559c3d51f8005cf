// Random Releases-like records with what SPEC 5 must handle: keys in several cases, dotted
// paths, custom fields of every dataType, arrays, nulls, numbers as strings, dates in every format.
#pragma once

#include <nlohmann/json.hpp>
#include <random>

class RecordGenerator {
public:
    explicit RecordGenerator(unsigned seed) : rng_(seed) {}

    nlohmann::json record() {
        static const char* fields[] = {"Name", "name", "NAME", "LastModifiedDate", "Field_Name", "Last Modified",
                                       "\xE5\x90\x8D\xE5\x89\x8D", "id", "Status#", "Tier"};
        nlohmann::json r = nlohmann::json::object();
        for (const char* f : fields)
            if (pick(3) != 0) r[f] = value(0);
        if (pick(2) == 0) r["x"] = nlohmann::json{{"y", nlohmann::json{{"z", value(1)}}}};
        if (pick(2) == 0) r["additionalInformation"] = nlohmann::json::array({custom("Tier"), custom("Other")});
        return r;
    }

private:
    std::mt19937 rng_;
    std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

    nlohmann::json value(int depth) {
        static const char* strings[] = {"abc", "ABC xyz", "Defect", "#", "2019-02-01", "2019/02/01", "02/28/2020",
                                        "29-02-2020", "2025-07-15T09:00:00Z", "2025-07-15T11:00:00+02:00", "42", "-3.25",
                                        "007", "", "a=b", "caf\xC3\xA9", "Change 1", "Change 2", "2019-02-30", "x_y"};
        switch (pick(depth > 0 ? 7 : 9)) {
            case 0: return nullptr;
            case 1: return static_cast<int>(pick(100)) - 50;
            case 2: return 2.5;
            case 3: return pick(2) == 0;
            case 7: return nlohmann::json::array({value(1), value(1)});
            case 8: return nlohmann::json{{"k", "v"}};
            default: return strings[pick(std::size(strings))];
        }
    }

    nlohmann::json custom(const char* name) {
        static const char* types[] = {"Text", "Number", "Date", "DateTime", "ListField", "MultiListField", "None"};
        return nlohmann::json{{"name", name},
                    {"dataType", types[pick(std::size(types))]},
                    {"text", value(1)},
                    {"number", pick(2) == 0 ? nlohmann::json(nullptr) : nlohmann::json(42)},
                    {"date", "2019-02-01T00:00:00Z"},
                    {"dateTime", nullptr},
                    {"listItem", nlohmann::json{{"value", value(1)}}},
                    {"multiListItem", nlohmann::json::array({nlohmann::json{{"value", value(1)}}, nlohmann::json{{"value", "Change 1"}}})}};
    }
};

