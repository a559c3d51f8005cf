# The WebAssembly module: the library behind its C API (the same entry points as the native
# shared library, so bindings share one glue), one file with the .wasm embedded (-sSINGLE_FILE:
# Node 18's fetch cannot load a .wasm by path) that runs in Node and in browsers. A UMD script
# (`.cjs`: Emscripten 3.1.6's -sEXPORT_ES6 output uses __dirname, which ES modules in Node lack):
# `require()` in Node, a <script> setting `createPlutoraFilter` in a browser.
set(wasm_exports
  _pf_version _pf_string_free _pf_read _pf_lint _pf_read_checked _pf_schema_load _pf_schema_free _pf_schema_json
  _pf_request_free _pf_request_set_paging _pf_request_paging _pf_request_add_sort _pf_request_clear_sort _pf_emit
  _pf_ast_json _pf_request_json _pf_evaluate _pf_predicate_new _pf_predicate_free _pf_records_load _pf_records_free _pf_records_size
  _pf_records_count _pf_records_match _pf_records_evaluate _malloc _free)
list(JOIN wasm_exports "," wasm_exports_list)
add_executable(plutora_filter_wasm bindings/c/plutora_filter_c.cpp)
target_include_directories(plutora_filter_wasm PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/bindings/c)
target_link_libraries(plutora_filter_wasm PRIVATE plutora_filter)
plutora_filter_warnings(plutora_filter_wasm)
set_target_properties(plutora_filter_wasm PROPERTIES OUTPUT_NAME plutora_filter SUFFIX .cjs)
target_link_options(plutora_filter_wasm PRIVATE
  -sMODULARIZE=1 -sEXPORT_NAME=createPlutoraFilter -sSINGLE_FILE=1 -sALLOW_MEMORY_GROWTH=1
  -sENVIRONMENT=web,worker,node -sEXPORTED_FUNCTIONS=${wasm_exports_list}
  -sEXPORTED_RUNTIME_METHODS=ccall,cwrap,UTF8ToString,stringToUTF8,lengthBytesUTF8,getValue,setValue)
# Emscripten's JS optimizer needs acorn: Debian's (node-acorn) is in /usr/share/nodejs, which a
# node not from Debian does not search.
set_target_properties(plutora_filter_wasm PROPERTIES CXX_LINKER_LAUNCHER "${CMAKE_COMMAND};-E;env;NODE_PATH=/usr/share/nodejs")
# The npm package, staged: bindings/js with the module beside it (`npm pack` there).
set(npm_dir ${CMAKE_BINARY_DIR}/npm)
set(npm_sources package.json index.mjs core.mjs index.d.ts README.md)
set(npm_staged)
foreach(file IN LISTS npm_sources)
  add_custom_command(OUTPUT ${npm_dir}/${file}
    COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_SOURCE_DIR}/bindings/js/${file} ${npm_dir}/${file}
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/bindings/js/${file})
  list(APPEND npm_staged ${npm_dir}/${file})
endforeach()
add_custom_command(OUTPUT ${npm_dir}/plutora_filter.cjs
  COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE:plutora_filter_wasm> ${npm_dir}/plutora_filter.cjs
  DEPENDS plutora_filter_wasm)
add_custom_target(plutora_filter_npm ALL DEPENDS ${npm_staged} ${npm_dir}/plutora_filter.cjs)
# The playground, staged: a static page with the module as a classic script (any server that
# serves files will do; `python3 -m http.server -d build/wasm/playground`).
set(playground_dir ${CMAKE_BINARY_DIR}/playground)
set(playground_staged)
foreach(file index.html playground.mjs style.css)
  add_custom_command(OUTPUT ${playground_dir}/${file}
    COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_SOURCE_DIR}/bindings/js/playground/${file} ${playground_dir}/${file}
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/bindings/js/playground/${file})
  list(APPEND playground_staged ${playground_dir}/${file})
endforeach()
add_custom_command(OUTPUT ${playground_dir}/core.mjs
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_SOURCE_DIR}/bindings/js/core.mjs ${playground_dir}/core.mjs
  DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/bindings/js/core.mjs)
add_custom_command(OUTPUT ${playground_dir}/plutora_filter.js
  COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE:plutora_filter_wasm> ${playground_dir}/plutora_filter.js
  DEPENDS plutora_filter_wasm)
add_custom_target(plutora_filter_playground ALL DEPENDS ${playground_staged} ${playground_dir}/core.mjs ${playground_dir}/plutora_filter.js)
