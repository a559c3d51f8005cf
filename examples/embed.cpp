// The README's ten lines: parse, report, format, dump. Built and run by the tests.
#include <iostream>
#include <plutora/filter/filter.hpp>

int main() {
    namespace pf = plutora::filter;
    const std::string text = "name contains abc and LastModifiedDate >= 2019-02-30";
    const pf::ParseResult result = pf::parse(text);
    for (const pf::Diagnostic& d : result.diagnostics) std::cerr << pf::render(d, text, "<filter>");
    if (!result.ok()) return 1;
    std::cout << pf::format(*result.filter) << '\n' << pf::to_json(*result.filter).dump() << '\n';
}
