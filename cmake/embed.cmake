# Writes OUTPUT, a C++ file defining plutora::filter::detail::builtin_schema(), from the bytes of
# INPUT. Run as `cmake -DINPUT=… -DOUTPUT=… -P embed.cmake` so a change of INPUT rebuilds it.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){32})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT} by cmake/embed.cmake; do not edit.
#include \"schema/builtin.hpp\"

namespace plutora::filter::detail {
namespace {
constexpr char bytes[${size}] = {
${bytes}
};
}  // namespace

std::string_view builtin_schema() { return {bytes, sizeof bytes}; }

}  // namespace plutora::filter::detail
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
