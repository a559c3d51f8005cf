// The command line through cli::run, as a test drives it: arguments and standard input in,
// exit status and both output streams out.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "helpers.hpp"

struct Run {
    int exit = -1;
    std::string out;
    std::string err;
};

inline Run run(std::vector<std::string> args, const std::string& stdin_text = "") {
    std::istringstream in(stdin_text);
    std::ostringstream out, err;
    Run r;
    r.exit = pf::cli::run(args, {in, out, err});
    r.out = out.str();
    r.err = err.str();
    return r;
}

inline const std::string examples = std::string(PLUTORA_FILTER_SOURCE_DIR) + "/examples/filters.txt";
inline const std::string tenant_schema = std::string(PLUTORA_FILTER_SOURCE_DIR) + "/examples/tenant-schema.json";
