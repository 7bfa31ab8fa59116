# Fails when clang-tidy (checks in the root .clang-tidy) reports anything in core/ or db/.
# cmake -DROOT=<source dir> -DBUILD_DIR=<dir with compile_commands.json> -DCLANG_TIDY=<clang-tidy>
#       [-DRUN_CLANG_TIDY=<run-clang-tidy>] [-DJOBS=2] -P ClangTidyCheck.cmake
# Findings are listed as file:line: check, one per line, then the full clang-tidy output follows.
if(NOT EXISTS "${BUILD_DIR}/compile_commands.json")
    message(FATAL_ERROR "no ${BUILD_DIR}/compile_commands.json (configure with CMAKE_EXPORT_COMPILE_COMMANDS ON)")
endif()
if(NOT JOBS)
    set(JOBS 2)
endif()

# Only our sources in core/ and db/ (generated files live in the build dir and are left out).
file(GLOB_RECURSE sources "${ROOT}/core/*.cpp" "${ROOT}/db/*.cpp")
list(SORT sources)
# The compile commands come from GCC as often as from clang: tolerate GCC-only warning flags.
set(extra_args "-extra-arg=-Wno-unknown-warning-option")

if(RUN_CLANG_TIDY)
    # run-clang-tidy takes regular expressions that select files of the compilation database.
    string(REPLACE "." "\\." root_regex "${ROOT}")
    execute_process(
        COMMAND "${RUN_CLANG_TIDY}" -quiet -j ${JOBS} -p "${BUILD_DIR}" -clang-tidy-binary "${CLANG_TIDY}"
                "${extra_args}" "^${root_regex}/(core|db)/.*\\.cpp$"
        WORKING_DIRECTORY "${ROOT}" OUTPUT_VARIABLE output ERROR_VARIABLE errors RESULT_VARIABLE result)
else()
    execute_process(
        COMMAND "${CLANG_TIDY}" --quiet -p "${BUILD_DIR}" "${extra_args}" ${sources}
        WORKING_DIRECTORY "${ROOT}" OUTPUT_VARIABLE output ERROR_VARIABLE errors RESULT_VARIABLE result)
endif()

# run-clang-tidy asks for colour; drop the escape sequences before reading the findings.
string(ASCII 27 escape)
string(REGEX REPLACE "${escape}\\[[0-9;]*m" "" output "${output}")
# CMake lists split at ';', which clang-tidy messages contain.
string(REPLACE ";" "," output "${output}")

# A finding is "path:line:col: warning|error: text [check]"; the same header finding repeats once per
# file that includes it, so findings are de-duplicated.
string(REGEX MATCHALL "[^\n]*:[0-9]+:[0-9]+: (warning|error): [^\n]*" lines "${output}")
set(findings "")
foreach(line IN LISTS lines)
    string(REGEX REPLACE "^(.*):([0-9]+):[0-9]+: (warning|error): .*\\[([^]]+)\\]$" "\\1:\\2: \\4" finding "${line}")
    if(finding STREQUAL line)
        string(REGEX REPLACE "^(.*):([0-9]+):[0-9]+: (warning|error): (.*)$" "\\1:\\2: \\4" finding "${line}")
    endif()
    string(REPLACE "${ROOT}/" "" finding "${finding}")
    list(APPEND findings "${finding}")
endforeach()
list(REMOVE_DUPLICATES findings)
list(LENGTH findings count)
list(LENGTH sources files)
if(count GREATER 0)
    list(JOIN findings "\n" listed)
    message(FATAL_ERROR "clang-tidy: ${count} finding(s) in ${files} files of core/ and db/:\n${listed}\n\n"
                        "${output}")
endif()
if(NOT result EQUAL 0)
    message(FATAL_ERROR "clang-tidy failed (exit ${result}) without a finding to show:\n${output}\n${errors}")
endif()
message(STATUS "clang-tidy: no findings in ${files} files of core/ and db/")
