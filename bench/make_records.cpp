// plutora_filter_make_records N > records.jsonl
#include <cstdlib>
#include <iostream>

#include "releases.hpp"

int main(int argc, char** argv) {
    const int n = argc > 1 ? std::atoi(argv[1]) : 100000;
    std::mt19937 rng(1);
    for (int i = 0; i < n; ++i) std::cout << bench::release(rng, i).dump() << '\n';
}
