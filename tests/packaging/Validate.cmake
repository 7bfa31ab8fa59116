# SPDX-FileCopyrightText: 2026 LocalRig contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DTOOL=desktop-file-validate|appstreamcli -DPACKAGE=<Debian package> -DFILE=<file> -P Validate.cmake
# Runs the freedesktop validator on FILE and fails on any error or warning it reports. When the tool is not
# installed, prints a line starting with SKIPPED: that CTest turns into a skip (packaging/install-deps.sh
# installs both tools).
find_program(tool_path "${TOOL}")
if(NOT tool_path)
    message("SKIPPED: ${TOOL} is not installed (apt-get install ${PACKAGE}), so ${FILE} was not validated")
    return()
endif()
if(TOOL STREQUAL "appstreamcli")
    set(command "${tool_path}" validate --no-net --strict --no-color "${FILE}")
else()
    set(command "${tool_path}" "${FILE}")
endif()
execute_process(COMMAND ${command} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${TOOL} ${FILE}:\n${output}")
# appstreamcli marks its findings E:, W:, I: (info) and P: (pedantic); desktop-file-validate says error: or
# warning:. Infos and hints are advice; errors and warnings fail the test.
if(NOT result EQUAL 0 OR output MATCHES "(^|\n)[EW]:|error:|warning:")
    message(FATAL_ERROR "${TOOL} reports problems in ${FILE} (exit code ${result})")
endif()
