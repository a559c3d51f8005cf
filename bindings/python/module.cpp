// The native half of the Python module: strings in, strings out. The façade in
// plutora_filter/__init__.py turns JSON into dicts and diagnostics into objects.
#include <algorithm>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <plutora/filter/filter.hpp>

namespace py = pybind11;
namespace pf = plutora::filter;

namespace {

std::string diagnostics_json(const std::vector<pf::Diagnostic>& diagnostics) {
    return pf::to_json(diagnostics).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::optional<pf::Form> form_named(const std::optional<std::string>& name) {
    if (!name || *name == "auto") return std::nullopt;
    if (auto f = pf::form_from_name(*name)) return f;
    throw py::value_error("form must be 'auto', 'text', 'query', 'expando' or 'searchfilters', not '" + *name + "'");
}

// A catalogue: the built-in one, or it extended by schema files. Immutable.
struct Schema {
    std::shared_ptr<const pf::Catalogue> catalogue = pf::Catalogue::builtin();

    std::shared_ptr<const pf::Entity> entity(const std::string& name) const {
        auto e = catalogue->entity(name);
        if (e) return e;
        const auto close = catalogue->suggest(name);
        throw py::value_error("unknown entity '" + name + "'" + (close ? "; did you mean '" + *close + "'?" : ""));
    }
};

struct ReadOutcome {
    std::optional<pf::Request> request;
    std::string diagnostics;
    std::string filter_text;
    std::shared_ptr<const pf::Entity> entity;
    std::string source;   ///< what the request's spans point into: the input, or a query string's decoded filter
    std::string pointer;  ///< `filter` for a query string's decoded filter
};

// Plain C++ results: pybind11 converts them after the call, with the GIL held again.
using Outcome = std::pair<std::optional<std::string>, std::string>;

// Output and diagnostics of one emit; no output when the form cannot express the request. The
// diagnostics' spans point into `source` (the text the request was read from: a query string's
// decoded filter), which gives their line and column.
Outcome emit(const pf::Request& r, const std::string& form, const std::string& base_url, const std::string& source,
             const std::string& pointer) {
    auto out = pf::emit(r, *form_named(form), base_url);
    for (auto& d : out.diagnostics) {
        const auto p = pf::position_of(source, d.offset);
        d.line = p.line;
        d.column = p.column;
        if (d.pointer.empty()) d.pointer = pointer;
    }
    return {out.value, diagnostics_json(out.diagnostics)};
}

// The envelope (one pass, records as their bytes), or none and what is wrong with the records.
// Runs without the GIL.
Outcome page_over(const pf::Request& r, std::string_view records) {
    const auto page = pf::page_of(r, records);
    if (!page.envelope) return {std::nullopt, page.line > 0 ? "line " + std::to_string(page.line) + ": " + page.error : page.error};
    return {page.envelope, ""};
}

// Records loaded once; shared, immutable.
struct Records {
    std::shared_ptr<const pf::RecordSet> set;
};

Records load_records(const std::string& text) {
    auto loaded = pf::RecordSet::load(text);
    if (!loaded.ok())
        throw py::value_error(loaded.line > 0 ? "line " + std::to_string(loaded.line) + ": " + loaded.error : loaded.error);
    return Records{std::make_shared<const pf::RecordSet>(std::move(*loaded.records))};
}

}  // namespace

PYBIND11_MODULE(_plutora_filter, m) {
    m.doc() = "Native core of plutora_filter; use the plutora_filter package instead.";
    m.attr("version") = std::string(pf::version);

    py::class_<pf::Request>(m, "Request")
        .def("ast_json", [](const pf::Request& r) { return pf::to_json(r.filter).dump(); })
        .def("format", [](const pf::Request& r, bool normalize) { return pf::format(r.filter, pf::FormatOptions{normalize}); })
        .def("emit", &emit, py::arg("form"), py::arg("base_url") = "", py::arg("source") = "", py::arg("pointer") = "")
        .def("evaluate", [](const pf::Request& r, const std::string& records) -> Outcome { return page_over(r, records); },
             py::arg("records"), py::call_guard<py::gil_scoped_release>())
        .def("evaluate_bytes", [](const pf::Request& r, const py::bytes& records) {
            const std::string_view view(records);
            py::gil_scoped_release unlocked;
            return page_over(r, view);
        }, py::arg("records"))
        .def("set_paging", [](pf::Request& r, std::optional<std::int64_t> page_num, std::optional<std::int64_t> records_per_page) {
            std::vector<pf::Diagnostic> found;  // the one paging rule; E015 changes nothing
            pf::Paging paging = r.paging;
            if (page_num) if (auto d = pf::set_paging(paging, false, *page_num, "page_num")) found.push_back(std::move(*d));
            if (records_per_page)
                if (auto d = pf::set_paging(paging, true, *records_per_page, "records_per_page")) found.push_back(std::move(*d));
            const bool refused = std::any_of(found.begin(), found.end(), [](const pf::Diagnostic& d) { return d.severity == pf::Severity::error; });
            if (!refused) r.paging = paging;
            return diagnostics_json(found);
        }, py::arg("page_num"), py::arg("records_per_page"))
        .def_property(
            "page_num", [](const pf::Request& r) { return r.paging.page_num; },
            [](pf::Request& r, std::uint32_t v) { r.paging.page_num = v; })
        .def_property(
            "records_per_page", [](const pf::Request& r) { return r.paging.records_per_page; },
            [](pf::Request& r, std::uint32_t v) { r.paging.records_per_page = v == 0 || v > 100 ? 100 : v; })
        .def_property(
            "sort",
            [](const pf::Request& r) {
                std::vector<std::pair<std::string, bool>> out;
                for (const auto& k : r.sort) out.emplace_back(k.field, k.descending);
                return out;
            },
            [](pf::Request& r, const std::vector<std::pair<std::string, bool>>& keys) {
                r.sort.clear();
                for (const auto& [field, descending] : keys) r.sort.push_back(pf::SortKey{field, descending});
            });

    py::class_<ReadOutcome>(m, "ReadOutcome")
        .def_property_readonly("request", [](const ReadOutcome& o) -> std::optional<pf::Request> { return o.request; })
        .def_readonly("diagnostics", &ReadOutcome::diagnostics)
        .def_readonly("filter_text", &ReadOutcome::filter_text)
        .def_readonly("source", &ReadOutcome::source)
        .def_readonly("pointer", &ReadOutcome::pointer)
        .def_property_readonly("entity", [](const ReadOutcome& o) -> std::optional<std::string> {
            if (!o.entity) return std::nullopt;
            return o.entity->name;
        })
        .def("check_form", [](const ReadOutcome& o, const std::string& form) -> std::optional<std::string> {
            if (!o.entity) return std::nullopt;
            const auto wrong = pf::check_form(*o.entity, *form_named(form));
            if (!wrong) return std::nullopt;
            return diagnostics_json({*wrong});
        });

    py::class_<Records>(m, "Records")
        .def_static("load", &load_records, py::arg("text"), py::call_guard<py::gil_scoped_release>())
        .def_static("load_bytes", [](const py::bytes& text) {
            std::string copy(text);
            py::gil_scoped_release unlocked;
            return load_records(copy);
        }, py::arg("text"))
        .def("size", [](const Records& r) { return r.set->size(); })
        .def("record", [](const Records& r, std::size_t i) {
            if (i >= r.set->size()) throw py::index_error("record index out of range");
            return std::string(r.set->record(i));
        })
        .def("count", [](const Records& r, const pf::Request& q) { return r.set->count(pf::Predicate(q.filter)); },
             py::call_guard<py::gil_scoped_release>())
        .def("select", [](const Records& r, const pf::Request& q) { return r.set->select(pf::Predicate(q.filter)); },
             py::call_guard<py::gil_scoped_release>())
        .def("evaluate", [](const Records& r, const pf::Request& q) { return r.set->evaluate(q); },
             py::call_guard<py::gil_scoped_release>());

    py::class_<Schema>(m, "Schema")
        .def(py::init<>())
        .def_static(
            "load",
            [](const std::string& text, const Schema& base) {
                auto loaded = pf::Catalogue::load(text, base.catalogue);
                if (!loaded.ok()) throw py::value_error("bad schema: " + loaded.error);
                return Schema{loaded.catalogue};
            },
            py::arg("text"), py::arg("base"))
        .def("names", [](const Schema& s) {
            std::vector<std::string> out;
            for (const auto& e : s.catalogue->entities()) out.push_back(e->name);
            return out;
        })
        .def("entity_json", [](const Schema& s, const std::string& name) { return pf::to_json(*s.entity(name)).dump(); });

    m.def("parse_sort_key", [](const std::string& text) -> std::optional<std::pair<std::string, bool>> {
        auto key = pf::parse_sort_key(text);
        if (!key) return std::nullopt;
        return std::pair{key->field, key->descending};
    }, py::arg("text"));

    m.def(
        "read",
        [](const std::string& input, const std::optional<std::string>& form, bool strict, const Schema& schema,
           const std::optional<std::string>& entity, bool to_server) {
            pf::Options options(strict ? pf::Profile::strict : pf::Profile::standard);
            options.catalogue = schema.catalogue;
            if (entity) options.entity = schema.entity(*entity);
            options.to_server = to_server;
            auto r = pf::read(input, form_named(form), options);
            ReadOutcome out;
            out.diagnostics = diagnostics_json(r.diagnostics);
            out.filter_text = r.filter_text;
            out.source = r.form == pf::Form::query ? r.filter_text : input;
            out.pointer = r.form == pf::Form::query ? "filter" : "";
            if (r.ok()) out.request = std::move(r.request);
            out.entity = r.entity;
            return out;
        },
        py::arg("input"), py::arg("form") = py::none(), py::arg("strict") = false, py::arg("schema") = Schema{},
        py::arg("entity") = py::none(), py::arg("to_server") = true);
}
