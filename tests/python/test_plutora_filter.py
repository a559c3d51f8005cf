"""The Python module: every function, diagnostics as objects, errors as FilterError, JSON as dicts."""

import unittest

import plutora_filter as pf


class Lint(unittest.TestCase):
    def test_diagnostics_are_objects_with_the_spec_fields(self):
        (d,) = pf.lint("name contians abc")
        self.assertEqual(d.code, "E004")
        self.assertEqual(d.severity, "error")
        self.assertTrue(d.is_error)
        self.assertEqual((d.offset, d.length, d.line, d.column), (5, 8, 1, 6))
        self.assertEqual(d.fix, pf.Fix(5, 8, "Contains"))
        self.assertEqual(d.pointer, "")
        self.assertEqual(repr(d), "<Diagnostic E004 error at 1:6: expected an operator after field `name`, found "
                                  "`contians`; did you mean `Contains`?>")

    def test_clean_and_strict(self):
        self.assertEqual(pf.lint("( `name` like `ABC` ) or ( `displayColor` like `#` )"), [])
        self.assertEqual(pf.lint("a = 1 and b = 2"), [])
        self.assertEqual([d.code for d in pf.lint("a = 1 and b = 2", strict=True)], ["W102"])

    def test_bodies_and_urls(self):
        (d,) = pf.lint({"ExpandoObject": {"Left": "a", "Operator": "equalz", "Right": "x"}})
        self.assertEqual(d.pointer, "/ExpandoObject/Operator")
        self.assertIn('did you mean "Equals"?', d.message)
        self.assertIn("/ExpandoObject/Operator", repr(d))
        codes = [d.code for d in pf.lint("https://x/r?filter=a%3D1&limit=500")]
        self.assertEqual(codes, ["W104"])

    def test_non_ascii_columns_count_code_points(self):
        (d,) = pf.lint("`\u540d\u524d` contians x")
        self.assertEqual(d.offset, 9)
        self.assertEqual(d.column, 6)


class ParseAndFormat(unittest.TestCase):
    def test_parse_gives_the_tree_as_dicts(self):
        self.assertEqual(pf.parse("modifiedDate > 2010-02-01"),
                         {"field": "modifiedDate", "operator": "GreaterThan", "value": "2010-02-01", "type": "date",
                          "date": "2010-02-01"})
        self.assertEqual(list(pf.parse("a = 1 or b = 2")), ["or"])

    def test_format(self):
        self.assertEqual(pf.format("name contains abc and type not equal Defect"),
                         "( `name` Contains `abc` ) and ( `type` NotEquals `Defect` )")
        self.assertEqual(pf.format("d = 01/02/2019", normalize_dates=True), "`d` Equals `2019-01-02`")

    def test_errors_raise_filter_error_with_every_diagnostic(self):
        with self.assertRaises(pf.FilterError) as caught:
            pf.parse("`name` like `ABC` or ( `displayColor` like `#` )")
        self.assertIsInstance(caught.exception, ValueError)
        self.assertEqual([d.code for d in caught.exception.diagnostics], ["E008"])
        self.assertIn("[E008]", str(caught.exception))
        with self.assertRaises(pf.FilterError):
            pf.format("a = 2019-02-30")

    def test_wrong_argument_types(self):
        with self.assertRaises(TypeError):
            pf.parse(42)
        with self.assertRaises(ValueError):
            pf.parse("a = 1", form="yaml")


class Forms(unittest.TestCase):
    def test_to_query(self):
        self.assertEqual(pf.to_query("`Name` contains `ABC`"),
                         "filter=%60Name%60%20Contains%20%60ABC%60&pageNum=0&recordsPerPage=100")
        self.assertEqual(pf.to_query("a = 1", page_num=2, records_per_page=15, base_url="https://x/users"),
                         "https://x/users?filter=%60a%60%20Equals%20%601%60&pageNum=2&recordsPerPage=15")

    def test_to_expando_folds_left(self):
        body = pf.to_expando("a = 1 and b = 2 and c = 3", records_per_page=25)
        self.assertEqual(body["RecordsPerPage"], 25)
        self.assertEqual(body["ExpandoObject"]["Operator"], "And")
        self.assertEqual(body["ExpandoObject"]["Right"], {"Left": "c", "Operator": "Equals", "Right": "3"})

    def test_to_search_filters_with_sort_and_its_e020(self):
        body = pf.to_search_filters("name ~ ABC and identifier ~ XYZ", sort=["name:desc"])
        self.assertEqual(body["searchFilters"][0],
                         {"property": "name", "operator": "contains", "value": "ABC", "direction": "desc"})
        with self.assertRaises(pf.FilterError) as caught:
            pf.to_search_filters("a = 1 or b = 2")
        self.assertEqual(caught.exception.diagnostics[0].code, "E020")
        self.assertIn("ExpandoObject", caught.exception.diagnostics[0].message)
        with self.assertRaises(ValueError):
            pf.to_search_filters("a = 1", sort=["a:sideways"])

    def test_e020_positions_point_into_what_was_read(self):
        body = ('{"ExpandoObject":{"Left":{"Left":"a","Operator":"=","Right":"1"},'
                '"Operator":"Or","Right":{"Left":"b","Operator":"=","Right":"2"}}}')
        with self.assertRaises(pf.FilterError) as caught:
            pf.to_search_filters(body)
        d = caught.exception.diagnostics[0]
        self.assertEqual((d.code, d.offset, d.line, d.column), ("E020", 17, 1, 18))
        with self.assertRaises(pf.FilterError) as caught:
            pf.to_search_filters("a = 1\nor b = 2")
        d = caught.exception.diagnostics[0]
        self.assertEqual((d.code, d.line, d.column), ("E020", 1, 1))
        with self.assertRaises(pf.FilterError) as caught:  # a query string: into its decoded filter
            pf.to_search_filters("filter=%60a%60%20%3D%201%0Aor%20%60b%60%20%3D%202")
        d = caught.exception.diagnostics[0]
        self.assertEqual((d.code, d.pointer, d.line), ("E020", "filter", 1))
        with self.assertRaises(pf.FilterError) as caught:
            pf.to_search_filters("( x = 1 ) and (\n ( a = 1 ) or ( b = 2 ) )")
        d = caught.exception.diagnostics[0]
        self.assertEqual((d.code, d.line, d.column), ("E020", 2, 4))

    def test_from_query(self):
        q = pf.from_query("https://[domain]/releases?filter=%60Name%60%20contains%20%60ABC%60&page=2&limit=25")
        self.assertEqual(q["text"], "`Name` contains `ABC`")
        self.assertEqual(q["filter"]["operator"], "Contains")
        self.assertEqual((q["page_num"], q["records_per_page"]), (2, 25))
        with self.assertRaises(pf.FilterError) as caught:
            pf.from_query("filter=a%2")
        self.assertEqual(caught.exception.diagnostics[0].code, "E021")

    def test_from_body_dict_or_text(self):
        body = {"searchFilters": [{"property": "name", "direction": "desc", "value": "ABC", "operator": "contains"}],
                "ExpandoObject": {"Left": "identifier", "Operator": "contains", "Right": "XYZ"},
                "recordsPerPage": 25, "pageNum": 0}
        read = pf.from_body(body)
        self.assertEqual(read["filter"]["and"][1]["field"], "identifier")
        self.assertEqual(read["sort"], [("name", "desc")])
        self.assertEqual(read["records_per_page"], 25)
        import json
        self.assertEqual(pf.from_body(json.dumps(body)), read)

    def test_round_trip_through_every_form(self):
        text = "( `Name` contains `abc` ) or ( ( `Id` > 5 ) and ( `Tier` iswithin `Gold,Silver` ) )"
        tree = pf.parse(text)
        self.assertEqual(pf.parse(pf.to_query(text)), tree)
        self.assertEqual(pf.parse(pf.to_expando(text)), tree)
        self.assertEqual(pf.parse(pf.format(text)), tree)


class Evaluate(unittest.TestCase):
    records = [
        {"name": "API UAT 1", "lastModifiedDate": "2022-03-01T10:00:00Z", "priority": "2"},
        {"name": "Portal uat", "lastModifiedDate": "2021-12-31T23:30:00-02:00", "priority": 10},
        {"name": "Billing", "lastModifiedDate": "2023-01-01"},
    ]

    def test_envelope_sorted_and_paged(self):
        page = pf.evaluate("( name ~ uat ) and ( lastModifiedDate >= 2022-01-01 )", self.records, sort=["priority:desc"])
        self.assertEqual(page["totalCount"], 2)
        self.assertEqual(page["returnCount"], 2)
        self.assertEqual([r["name"] for r in page["resultSet"]], ["Portal uat", "API UAT 1"])
        self.assertEqual((page["pageNum"], page["recordsPerPage"]), (0, 100))
        second = pf.evaluate("name has value", self.records, page_num=1, records_per_page=2)
        self.assertEqual([r["name"] for r in second["resultSet"]], ["Billing"])

    def test_json_lines_and_bad_records(self):
        lines = '{"n": 1}\n\n{"n": 2}\n'
        self.assertEqual(pf.evaluate("n > 1", lines)["resultSet"], [{"n": 2}])
        with self.assertRaises(pf.RecordError) as caught:
            pf.evaluate("n > 1", '{"n": 1}\n{"n":\n')
        self.assertIn("line 2", str(caught.exception))
        with self.assertRaises(pf.RecordError):
            pf.evaluate("n > 1", [1, 2])

    def test_complement(self):
        for record in self.records + [{}]:
            a = pf.evaluate("priority = 2", [record])["totalCount"]
            b = pf.evaluate("priority != 2", [record])["totalCount"]
            self.assertEqual(a + b, 1)


class PagingRule(unittest.TestCase):
    def test_the_cli_rule_with_warnings(self):
        import warnings
        with self.assertWarns(pf.PagingWarning) as caught:
            query = pf.to_query("a = 1", records_per_page=500)
        self.assertIn("W104", str(caught.warning))
        self.assertTrue(query.endswith("recordsPerPage=100"))
        with self.assertWarns(pf.PagingWarning):
            pf.to_query("a = 1", records_per_page=0)
        with self.assertRaises(ValueError):
            pf.to_query("a = 1", page_num=-1)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            self.assertTrue(pf.to_query("a = 1", page_num=3, records_per_page=25).endswith("pageNum=3&recordsPerPage=25"))


class SortKeys(unittest.TestCase):
    def test_directions_in_any_case(self):
        body = pf.to_search_filters("name ~ abc", sort=["name:DESC", ("type", "Asc")])
        with self.assertRaises(ValueError):
            pf.to_search_filters("name ~ abc", sort=["name:sideways"])
        self.assertEqual([e.get("direction") for e in body["searchFilters"]], ["desc", "asc"])


class LoadedRecords(unittest.TestCase):
    lines = '{"name": "ABC 1", "n": 2, "big": 123456789012345678901234567890}\n{"n": 10, "name": "abc 2"}\n{"name": "x"}\n'

    def test_records_loaded_once(self):
        records = pf.Records(self.lines)
        self.assertEqual(len(records), 3)
        self.assertEqual(records[-1], {"name": "x"})
        self.assertEqual(records.count("name ~ abc"), 2)
        self.assertEqual(records.select("n > 5"), [1])
        page = records.evaluate("name ~ abc", sort=["n:desc"], records_per_page=1)
        self.assertEqual(page["resultSet"], [{"n": 10, "name": "abc 2"}])
        self.assertEqual((page["returnCount"], page["totalCount"]), (1, 2))
        self.assertEqual(pf.evaluate("name ~ abc", records), pf.evaluate("name ~ abc", self.lines))
        self.assertEqual(pf.Records(self.lines.encode()).count("big > 1"), 1)
        self.assertEqual(pf.Records([{"a": 1}, {"a": 2}]).count("a >= 2"), 1)
        with self.assertRaises(pf.RecordError) as caught:
            pf.Records('{"a": 1}\n{"a":\n')
        self.assertIn("line 2", str(caught.exception))

    def test_pages_keep_the_records_bytes(self):
        page = pf.evaluate("name = x", b'{"z": 1, "name": "x", "d": 2.50}\n')
        self.assertEqual(page["resultSet"], [{"z": 1, "name": "x", "d": 2.5}])
        self.assertEqual(list(page["resultSet"][0]), ["z", "name", "d"])
        self.assertEqual(list(page), ["resultSet", "returnCount", "totalCount", "pageNum", "recordsPerPage"])


class Schemas(unittest.TestCase):
    def test_lint_against_an_entity(self):
        (d,) = pf.lint("`nmae` contains `abc`", entity="Release")
        self.assertEqual((d.code, d.severity, d.offset, d.length), ("E016", "error", 0, 6))
        self.assertEqual(d.message, "unknown field `nmae` of releases; did you mean `name`?")
        self.assertEqual(d.fix, pf.Fix(0, 6, "`name`"))
        self.assertEqual(pf.lint("`nmae` contains `abc`"), [])
        self.assertEqual([d.code for d in pf.lint("`id` = `42`", entity="releases")], ["E017"])
        self.assertEqual([d.code for d in pf.lint("https://x/releases?filter=%60nmae%60%20%3D%20x")], ["E016"])
        with self.assertRaises(ValueError) as caught:
            pf.lint("a = 1", entity="relases")
        self.assertIn("did you mean 'releases'?", str(caught.exception))

    def test_typing_follows_the_schema(self):
        self.assertEqual(pf.parse("identifier = 2019-02-01", entity="releases")["type"], "text")
        self.assertEqual(pf.parse("identifier = 2019-02-01")["type"], "date")
        records = [{"identifier": "2019-02-01T10:00:00"}]
        self.assertEqual(pf.evaluate("identifier = 2019-02-01", records)["totalCount"], 1)
        self.assertEqual(pf.evaluate("identifier = 2019-02-01", records, entity="releases")["totalCount"], 0)
        self.assertEqual(pf.from_query("/TECRs/filter?filter=title%20~%20x")["entity"], "tecrs")

    def test_e018_for_bodies(self):
        with self.assertRaises(pf.FilterError) as caught:
            pf.to_search_filters("name = x", entity="environments")
        self.assertEqual([d.code for d in caught.exception.diagnostics], ["E018"])
        self.assertEqual(pf.to_query("name = x", entity="environments"),
                         "filter=%60name%60%20Equals%20%60x%60&pageNum=0&recordsPerPage=100")
        self.assertIn("ExpandoObject", pf.to_expando("name = x", entity="releases"))

    def test_catalogue_and_user_schemas(self):
        self.assertEqual(len(pf.entities()), 20)
        releases = pf.entity("/releases/filter")
        self.assertEqual(releases["name"], "releases")
        self.assertEqual(releases["fields"][0], {"name": "id", "type": "guid", "example": "ec934f4d-f6bd-466f-be98-00005e7dbcc9",
                                                 "source": releases["fields"][0]["source"]})
        tenant = pf.Schema.load({"entities": {"releases": {"fields": {"Budget Code": {"type": "string", "custom": True}}},
                                              "incidents": {"fields": {"severity": {"type": "integer"}}}}})
        self.assertEqual(tenant.entities()[-1], "incidents")
        self.assertEqual([d.code for d in pf.lint("`budget code` = `X1`", entity="releases", schema=tenant)], ["W117"])
        self.assertEqual(pf.evaluate("`budget code` = `x1`", [], entity="releases", schema=tenant)["totalCount"], 0)
        self.assertEqual([d.code for d in pf.lint("severity > high", entity="incident", schema=tenant)], ["E017"])
        with self.assertRaises(ValueError) as caught:
            pf.Schema.load('{"entities": {"x": {"fields": {"a": {"type": "strng"}}}}}')
        self.assertIn("/entities/x/fields/a/type: unknown type", str(caught.exception))
        with self.assertRaises(ValueError):
            pf.entity("nothing like it")


class Package(unittest.TestCase):
    def test_version_and_stubs(self):
        self.assertEqual(pf.__version__, "0.1.0")
        import os
        folder = os.path.dirname(pf.__file__)
        self.assertTrue(os.path.exists(os.path.join(folder, "__init__.pyi")))
        self.assertTrue(os.path.exists(os.path.join(folder, "py.typed")))


if __name__ == "__main__":
    unittest.main()
