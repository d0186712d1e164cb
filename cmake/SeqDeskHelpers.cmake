# seqdesk_add_test(<name> SOURCES <files...> LIBS <targets...> [GUI] [KEYCHAIN] [TIMEOUT <s>])
#
# One line per suite. GUI suites run on the offscreen platform; KEYCHAIN suites run inside
# a private D-Bus session with an unlocked gnome-keyring (tests/support/with-keychain.sh),
# so they talk to a real Secret Service.
function(seqdesk_add_test name)
    cmake_parse_arguments(arg "GUI;KEYCHAIN" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${arg_SOURCES})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${name} PRIVATE seqdesk_options Qt6::Test ${arg_LIBS})
    set(command $<TARGET_FILE:${name}>)
    if(arg_KEYCHAIN)
        set(command ${PROJECT_SOURCE_DIR}/tests/support/with-keychain.sh ${command})
    endif()
    set(env "QT_QPA_PLATFORM=offscreen")
    if(arg_GUI)
        # The settings the suite writes (the tables' columns, the window) stay its own, not
        # the developer's, and start empty at each run: nothing an earlier run left comes back.
        set(config ${CMAKE_CURRENT_BINARY_DIR}/${name}-config)
        list(APPEND env "XDG_CONFIG_HOME=${config}")
        set(command sh -c "rm -rf \"$0\" && exec \"$@\"" ${config} ${command})
    endif()
    add_test(NAME ${name} COMMAND ${command})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${arg_TIMEOUT})
endfunction()

# seqdesk_add_library(<name> SOURCES <files...> LIBS <targets...>)
# A static library of one concern; its folder's parent is on the include path so
# sources include "hubspot/ApiError.h".
function(seqdesk_add_library name)
    cmake_parse_arguments(arg "" "" "SOURCES;LIBS" ${ARGN})
    qt_add_library(${name} STATIC ${arg_SOURCES})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
    target_link_libraries(${name} PUBLIC ${arg_LIBS} PRIVATE seqdesk_options)
endfunction()

# seqdesk_add_fuzzer(<name> SOURCES <files...> LIBS <targets...>)
# A libFuzzer target of tests/fuzz (only with SEQDESK_FUZZ, clang): libFuzzer's main, ASan
# and UBSan. Its seed corpus is tests/fuzz/corpus/<name>; scripts/fuzz.sh runs it.
function(seqdesk_add_fuzzer name)
    cmake_parse_arguments(arg "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${arg_SOURCES})
    target_compile_options(${name} PRIVATE -fsanitize=fuzzer)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    target_link_libraries(${name} PRIVATE seqdesk_options ${arg_LIBS})
    add_dependencies(seqdesk_fuzz ${name})
endfunction()
