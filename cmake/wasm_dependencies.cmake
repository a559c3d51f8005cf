# Dependencies of the WebAssembly build. Debian's emscripten (3.1.6) compiles PEGTL and
# nlohmann/json as they are, but not with all of /usr/include on the path (glibc's headers
# would shadow its own libc's): a directory holding only `tao/` and `nlohmann/` stands in.
# There is no simdjson for WebAssembly: records are read by the nlohmann path (same answers).
set(PLUTORA_FILTER_SIMDJSON OFF CACHE BOOL "" FORCE)
set(PLUTORA_FILTER_BUILD_TESTS OFF CACHE BOOL "" FORCE)
set(PLUTORA_FILTER_BUILD_BENCH OFF CACHE BOOL "" FORCE)
set(PLUTORA_FILTER_BUILD_PYTHON OFF CACHE BOOL "" FORCE)
set(PLUTORA_FILTER_HEADERS_DIR /usr/include CACHE PATH "Where PEGTL's tao/ and nlohmann/ are")
set(wasm_headers ${CMAKE_BINARY_DIR}/wasm-headers)
file(MAKE_DIRECTORY ${wasm_headers})
foreach(dir tao nlohmann)
  if(NOT EXISTS ${wasm_headers}/${dir})
    file(CREATE_LINK ${PLUTORA_FILTER_HEADERS_DIR}/${dir} ${wasm_headers}/${dir} SYMBOLIC)
  endif()
endforeach()
add_library(taocpp::pegtl INTERFACE IMPORTED)
target_include_directories(taocpp::pegtl SYSTEM INTERFACE ${wasm_headers})
add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
target_include_directories(nlohmann_json::nlohmann_json SYSTEM INTERFACE ${wasm_headers})
# The library's internal exceptions (a syntax failure unwinding the parser) are caught inside it.
add_compile_options(-fexceptions)
add_link_options(-fexceptions)
