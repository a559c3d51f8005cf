// A small command-line splitter: `--name value`, `--name=value`, flags, `--`, positionals.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/cli.hpp"
#include "util/suggest.hpp"

namespace plutora::filter::cli {

struct Option {
    std::string name;
    std::string value;  ///< empty for a flag
};

struct Arguments {
    std::vector<Option> options;  ///< in command-line order
    std::vector<std::string> positionals;

    [[nodiscard]] bool has(std::string_view name) const {
        return std::any_of(options.begin(), options.end(), [&](const Option& o) { return o.name == name; });
    }
    /// The last value given for `name` (later flags win).
    [[nodiscard]] std::optional<std::string> last(std::string_view name) const {
        std::optional<std::string> v;
        for (const auto& o : options)
            if (o.name == name) v = o.value;
        return v;
    }
};

/// Splits `args`; `flags` take no value, `valued` take one. Anything else starting with `--`
/// is a usage error.
[[nodiscard]] inline Arguments split_arguments(const std::vector<std::string>& args,
                                               std::initializer_list<std::string_view> flags,
                                               std::initializer_list<std::string_view> valued) {
    Arguments out;
    const auto among = [](std::initializer_list<std::string_view> set, std::string_view name) {
        return std::find(set.begin(), set.end(), name) != set.end();
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--") {
            out.positionals.insert(out.positionals.end(), args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());
            break;
        }
        if (a.size() < 2 || a[0] != '-') {
            out.positionals.push_back(a);
            continue;
        }
        if (a[1] != '-' && a != "-h")
            throw UsageError{"unknown option " + a + " (an input that starts with - goes after --)"};
        const auto eq = a.find('=');
        std::string name = a == "-h" ? "--help" : a.substr(0, eq);
        if (among(flags, name) || name == "--help") {
            if (eq != std::string::npos) throw UsageError{name + " takes no value"};
            out.options.push_back({name, ""});
        } else if (among(valued, name)) {
            if (eq != std::string::npos) out.options.push_back({name, a.substr(eq + 1)});
            else if (i + 1 < args.size()) out.options.push_back({name, args[++i]});
            else throw UsageError{name + " needs a value"};
        } else {
            std::vector<std::string_view> known(flags);
            known.insert(known.end(), valued.begin(), valued.end());
            known.emplace_back("--help");
            const auto close = detail::closest_name(name, known);
            throw UsageError{"unknown option " + name + (close ? "; did you mean " + *close + "?" : "")};
        }
    }
    return out;
}

}  // namespace plutora::filter::cli
