"""The README's Python example."""
import plutora_filter as pf

print(pf.to_query("name contains abc and type not equal Defect", base_url="https://usapi.plutora.com/changes"))
print(pf.lint("name contians abc"))
try:
    pf.to_search_filters("( name ~ abc ) or ( type = Bug )")
except pf.FilterError as e:
    print(e.diagnostics[0].code, e.diagnostics[0].message)
print(pf.evaluate("name ~ abc", [{"name": "xABCx"}, {"name": "zzz"}]))
