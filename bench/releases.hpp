// Generated Releases-like records (the shape of GET /Releases/{id} in the Plutora docs), shared
// by the evaluation benchmark and the JSON Lines generator for the CLI comparison.
#pragma once

#include <nlohmann/json.hpp>
#include <random>
#include <string>

namespace bench {

inline nlohmann::json release(std::mt19937& rng, int i) {
    static const char* words[] = {"API", "UAT", "Connect", "Legacy", "Billing", "Portal", "Mobile", "Core", "Data", "Edge"};
    static const char* statuses[] = {"Draft", "Approved", "In Progress", "Completed", "Cancelled"};
    static const char* types[] = {"Major", "Minor", "Patch", "Emergency"};
    const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    char date[32];
    std::snprintf(date, sizeof date, "20%02d-%02d-%02dT%02d:%02d:45.158Z", 18 + pick(6), 1 + pick(12), 1 + pick(28), pick(24),
                  pick(60));
    std::string name = std::string(words[pick(10)]) + " " + words[pick(10)] + " " + std::to_string(i);
    return nlohmann::json{
        {"id", "00000000-0000-0000-0000-" + std::to_string(100000000000 + i)},
        {"identifier", "REL-" + std::to_string(i)},
        {"name", name},
        {"summary", "Generated release " + std::to_string(i)},
        {"releaseType", types[pick(4)]},
        {"releaseStatusType", statuses[pick(5)]},
        {"releaseRiskLevel", pick(2) == 0 ? "Low" : "High"},
        {"lastModifiedDate", date},
        {"implementationDate", date},
        {"displayColor", "#" + std::to_string(100000 + pick(800000))},
        {"organization", "Org " + std::to_string(pick(20))},
        {"manager", "Manager " + std::to_string(pick(50))},
        {"plutoraReleaseType", "Enterprise"},
        {"releaseProjectType", "IsProject"},
        {"additionalInformation",
         nlohmann::json::array({{{"name", "Tier"}, {"dataType", "ListField"}, {"listItem", {{"value", pick(2) == 0 ? "Gold" : "Silver"}}}}})},
    };
}

/// The typical filter both sides evaluate.
inline constexpr const char* typical_filter =
    "( `name` contains `uat` ) and ( `lastModifiedDate` >= 2022-01-01 ) and ( `releaseStatusType` not equal `Cancelled` )";

}  // namespace bench
