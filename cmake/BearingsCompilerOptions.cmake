# One INTERFACE target carries the language level, warnings and Qt strictness
# defines. Every Bearings target links it; nothing is set globally.
add_library(bearings_options INTERFACE)
add_library(Bearings::Options ALIAS bearings_options)

target_compile_features(bearings_options INTERFACE cxx_std_20)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(bearings_options INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
        $<$<BOOL:${BEARINGS_WERROR}>:-Werror>)
elseif(MSVC)
    target_compile_options(bearings_options INTERFACE
        /W4 /permissive- /utf-8 /Zc:__cplusplus
        $<$<BOOL:${BEARINGS_WERROR}>:/WX>)
endif()

target_compile_definitions(bearings_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(BEARINGS_SANITIZE)
    if(MSVC)
        target_compile_options(bearings_options INTERFACE /fsanitize=address)
    else()
        set(_san -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_compile_options(bearings_options INTERFACE ${_san})
        target_link_options(bearings_options INTERFACE ${_san})
    endif()
endif()

# The fuzz preset (clang only): every Bearings target gets libFuzzer's coverage
# instrumentation and ASan+UBSan; only the executables in tests/fuzz link the
# libFuzzer driver itself (-fsanitize=fuzzer, set there).
if(BEARINGS_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "BEARINGS_BUILD_FUZZERS needs clang and libFuzzer: use the fuzz preset (scripts/fuzz.sh)")
    endif()
    target_compile_options(bearings_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(bearings_options INTERFACE -fsanitize=address,undefined)
endif()
