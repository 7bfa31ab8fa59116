# SPDX-FileCopyrightText: 2026 LocalRig contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBUILD_DIR=<build tree> -DPREFIX=<empty dir> -DBUILD_BINARY=<build tree localrig> -P InstallRuns.cmake
# Installs the build into PREFIX, checks the files a package ships, then runs the installed binary with no
# LOCALRIG_CATALOG override: it must find share/localrig/catalog.sqlite beside its bin/ and give the same
# recommendation as the build tree. With the installed catalog moved away it must fail, which proves it read
# the installed copy and nothing else.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

include(GNUInstallDirs)
set(app_id "io.github.localrig.LocalRig")
set(expected
    "${CMAKE_INSTALL_BINDIR}/localrig"
    "${CMAKE_INSTALL_DATADIR}/localrig/catalog.sqlite"
    "${CMAKE_INSTALL_DATADIR}/applications/${app_id}.desktop"
    "${CMAKE_INSTALL_DATADIR}/metainfo/${app_id}.metainfo.xml"
    "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps/${app_id}.svg"
    "${CMAKE_INSTALL_MANDIR}/man1/localrig.1.gz"
    "${CMAKE_INSTALL_DATADIR}/doc/localrig/copyright"
    "${CMAKE_INSTALL_DATADIR}/doc/localrig/changelog.gz")
foreach(size 16 24 32 48 64 128 256)
    list(APPEND expected "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps/${app_id}.png")
endforeach()
foreach(file IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${file}")
        message(FATAL_ERROR "the install is missing ${file}")
    endif()
endforeach()
# The metainfo names the version of this build, configured from project(VERSION).
execute_process(COMMAND "${PREFIX}/${CMAKE_INSTALL_BINDIR}/localrig" --version OUTPUT_VARIABLE version_line)
string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+" version "${version_line}")
file(READ "${PREFIX}/${CMAKE_INSTALL_DATADIR}/metainfo/${app_id}.metainfo.xml" metainfo)
if(NOT version OR NOT metainfo MATCHES "<release version=\"${version}\"")
    message(FATAL_ERROR "localrig --version says '${version_line}' but the metainfo has no release ${version}")
endif()

# A fresh HOME and XDG folders, so neither run reads or writes a real user database or settings.
set(home "${PREFIX}/home")
file(MAKE_DIRECTORY "${home}")
set(run_env "${CMAKE_COMMAND}" -E env --unset=LOCALRIG_CATALOG --unset=LOCALRIG_USER_DATABASE --unset=DISPLAY
    QT_QPA_PLATFORM=offscreen "HOME=${home}" "XDG_CONFIG_HOME=${home}/.config"
    "XDG_DATA_HOME=${home}/.local/share")
set(arguments recommend --workload rag --json)

execute_process(COMMAND ${run_env} "${PREFIX}/${CMAKE_INSTALL_BINDIR}/localrig" ${arguments}
                RESULT_VARIABLE result OUTPUT_VARIABLE installed ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the installed localrig ${arguments} failed (${result}): ${errors}")
endif()
string(JSON tier_id ERROR_VARIABLE json_error GET "${installed}" tier id)
if(json_error OR tier_id STREQUAL "")
    message(FATAL_ERROR "the installed localrig names no tier (${json_error}):\n${installed}")
endif()
execute_process(COMMAND ${run_env} "${BUILD_BINARY}" ${arguments} OUTPUT_VARIABLE from_build)
if(NOT installed STREQUAL from_build)
    message(FATAL_ERROR "the installed and the build-tree localrig disagree:\n${installed}\n---\n${from_build}")
endif()
message("installed localrig recommends tier ${tier_id} for rag, the same as the build tree")

file(RENAME "${PREFIX}/${CMAKE_INSTALL_DATADIR}/localrig/catalog.sqlite" "${PREFIX}/catalog-moved-away.sqlite")
execute_process(COMMAND ${run_env} "${PREFIX}/${CMAKE_INSTALL_BINDIR}/localrig" ${arguments}
                RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
if(result EQUAL 0)
    message(FATAL_ERROR "the installed localrig still runs without share/localrig/catalog.sqlite: "
                        "it is not reading the installed catalog")
endif()
file(REMOVE_RECURSE "${PREFIX}")
