// Uses every stage through the installed headers: parse, format, emit, read, evaluate, and the
// schema checks against the built-in catalogue.
#include <iostream>
#include <plutora/filter/filter.hpp>

int main() {
    namespace pf = plutora::filter;
    const auto r = pf::read("( `Name` contains `abc` ) and ( `Id` > 5 )");
    if (!r.ok()) return 1;
    const auto query = pf::to_query(*r.request);
    const auto back = pf::read(*query.value);
    const auto page = pf::evaluate(*back.request, nlohmann::json::parse(R"([{"name":"xABCx","id":7},{"name":"abc","id":1}])"));
    pf::Options options;
    options.entity = pf::Catalogue::builtin()->entity("Release");
    const auto checked = pf::parse("`nmae` contains `abc`", options);
    if (checked.diagnostics.empty() || checked.diagnostics[0].code != pf::Code::E016) return 1;
    std::cout << pf::format(back.request->filter) << '\n' << page["totalCount"] << '\n';
    return page["totalCount"] == 1 ? 0 : 1;
}
