// plutora-filter: a compiler and validator for the Plutora REST API filter language.
//
//   #include <plutora/filter/filter.hpp>
//   namespace pf = plutora::filter;
//
//   auto r = pf::parse("( `Name` contains `ABC` ) or ( `LastModifiedDate` >= 2019-02-01 )");
//   for (const auto& d : r.diagnostics) std::cerr << pf::render(d, text, "<filter>");
//   if (r.ok()) std::cout << pf::format(*r.filter) << '\n' << pf::to_json(*r.filter).dump() << '\n';
#pragma once

#include "plutora/filter/ast.hpp"
#include "plutora/filter/diagnostic.hpp"
#include "plutora/filter/emit.hpp"
#include "plutora/filter/eval.hpp"
#include "plutora/filter/format.hpp"
#include "plutora/filter/parse.hpp"
#include "plutora/filter/records.hpp"
#include "plutora/filter/request.hpp"
#include "plutora/filter/schema.hpp"
#include "plutora/filter/version.hpp"
