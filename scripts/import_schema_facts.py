#!/usr/bin/env python3
"""Writes src/schema/entities.json, the built-in catalogue, from a facts file about the Plutora
API's entities (the JSON the project's research produced: endpoints, fields, types, evidence).

    scripts/import_schema_facts.py FACTS.json > src/schema/entities.json

Maintenance only: the build and the tests read src/schema/entities.json, never the facts file.
The catalogue keeps every fact a check needs (type, values, completeness, confidence) and the
evidence for it, and adds what the facts imply but do not say in one word: the singular and
/schema names of each entity, whether its field list is complete (the four entities whose
`GET /schema/{Entity}` answer is known), and whether it has custom fields.
"""
import json
import sys

SINGULAR = {
    "releases": ["release"], "changes": ["change"], "tecrs": ["tecr"], "tebrs": ["tebr"],
    "bookings": ["booking"], "environments": ["environment", "env"],
    "environmentgroups": ["environmentgroup"], "connectivities": ["connectivity"],
    "systems": ["system"], "hosts": ["host"], "layers": ["layer"],
    "organizations": ["organization", "organisation", "organisations"], "users": ["user"],
    "usergroups": ["usergroup"], "lookupfields": ["lookupfield"],
    "lookupfield_values": ["lookupfieldvalue"], "workitemnames_phases": ["phases", "phase"],
    "workitemnames_gates": ["gates", "gate"], "builds": ["build"],
    "deploymentplans": ["deploymentplan"],
}


def main() -> None:
    facts = json.load(open(sys.argv[1], encoding="utf-8"))
    meta = facts["meta"]
    out = {
        "format": "plutora-filter-schema/1",
        "description": "Entities of the Plutora REST API: endpoints, fields and JSON types, for "
                       "schema-aware checks of filters. Facts gathered from public clients of the "
                       "API and its GET /schema/{Entity} answers; `source` on each field cites "
                       "them by the keys of `sources`.",
        "sources": meta["sources"],
        "rules": {
            "contains_not_for": facts["doc_rules"]["contains_not_for"],
            "contains_rule": facts["doc_rules"]["contains_rule_quote"],
            "custom_fields": facts["doc_rules"]["custom_fields"],
            "unknown_field": facts["doc_rules"]["unknown_field_behaviour"],
        },
        "entities": {},
    }
    for name, e in facts["entities"].items():
        endpoints = {k: v.split("?")[0] for k, v in e["endpoints"].items()}
        schema_name = endpoints.get("schema", "").rsplit("/", 1)[-1]
        aliases = list(SINGULAR.get(name, []))
        if schema_name and schema_name.lower() not in aliases:
            aliases.append(schema_name)
        entity = {
            "aliases": aliases,
            "endpoints": endpoints,
            "fields_complete": "schema" in endpoints,
            "custom_fields": "additionalInformation" in e.get("not_filterable", {}),
            "fields": {},
        }
        for fname, f in e["fields"].items():
            field = {"type": f["type"]}
            if "values" in f:
                field["values"] = f["values"]
                field["values_complete"] = bool(f.get("values_complete"))
            if f.get("confidence") in ("low", "medium"):
                field["confidence"] = f["confidence"]
            field["filter_observed"] = bool(f.get("filter_observed"))
            if f.get("example") not in (None, "", "\"\"", "(value not captured)"):
                field["example"] = f["example"]
            if f.get("note"):
                field["note"] = f["note"]
            field["source"] = f["evidence"]
            entity["fields"][fname] = field
        out["entities"][name] = entity
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
