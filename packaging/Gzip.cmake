# SPDX-FileCopyrightText: 2026 LocalRig contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DINPUT=<file> -DOUTPUT=<file.gz> -P Gzip.cmake
# Compresses as Debian policy asks for manual pages and changelogs: best compression, and no file name or
# time stamp in the header (-n), so the same input always gives the same bytes.
find_program(GZIP_EXECUTABLE gzip REQUIRED)
execute_process(COMMAND "${GZIP_EXECUTABLE}" -n -9 -c "${INPUT}" OUTPUT_FILE "${OUTPUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE "${OUTPUT}")
    message(FATAL_ERROR "gzip ${INPUT} failed: ${result}")
endif()
