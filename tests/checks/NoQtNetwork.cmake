# LocalRig opens no network connection: nothing it loads links Qt Network, and no source uses it.
# cmake -DROOT=<source dir> -DFILES=<binary;plugin;...> -P NoQtNetwork.cmake
# ldd lists the whole dependency tree, so a library that pulls Qt Network in indirectly is caught too.
find_program(LDD ldd)
if(NOT LDD)
    message(FATAL_ERROR "ldd not found")
endif()
set(problems "")
foreach(file IN LISTS FILES)
    if(NOT EXISTS "${file}")
        message(FATAL_ERROR "${file} does not exist")
    endif()
    execute_process(COMMAND "${LDD}" "${file}" OUTPUT_VARIABLE libraries RESULT_VARIABLE result)
    # Every file checked is a Qt binary: without Qt Core in the list, ldd did not really read it.
    if(NOT result EQUAL 0 OR NOT libraries MATCHES "libQt6Core")
        message(FATAL_ERROR "ldd could not list the libraries of ${file}:\n${libraries}")
    endif()
    if(libraries MATCHES "libQt6Network")
        list(APPEND problems "${file} links Qt Network")
    endif()
endforeach()

file(GLOB_RECURSE sources "${ROOT}/core/*" "${ROOT}/db/*.cpp" "${ROOT}/db/*.h" "${ROOT}/ui/*.cpp" "${ROOT}/ui/*.h"
     "${ROOT}/app/*.cpp" "${ROOT}/app/*.h" "${ROOT}/*/CMakeLists.txt" "${ROOT}/CMakeLists.txt")
foreach(source IN LISTS sources)
    # Includes and link names only, so a comment that mentions this check does not trip it.
    file(STRINGS "${source}" uses
         REGEX "<QtNetwork|Qt6::Network|<QNetwork|<QTcpSocket|<QUdpSocket|<QHostInfo|<QSslSocket|COMPONENTS[^)]* Network")
    if(uses)
        list(JOIN uses " | " shown)
        list(APPEND problems "${source}: ${shown}")
    endif()
endforeach()
if(problems)
    list(JOIN problems "\n" listed)
    message(FATAL_ERROR "Qt Network is used:\n${listed}")
endif()
list(LENGTH FILES checked)
message(STATUS "no Qt Network in ${checked} binaries and the sources of core/ db/ ui/ app/")
