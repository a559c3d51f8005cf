#include <iostream>

#include "cli/cli.hpp"

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        return plutora::filter::cli::run(args, {std::cin, std::cout, std::cerr});
    } catch (const std::exception& e) {  // out of memory and the like: still no crash
        std::cerr << "plutora-filter: " << e.what() << '\n';
        return plutora::filter::cli::usage_error;
    }
}
