# KDE Syntax-Highlighting, linked to Qt 6.
#  1. KF6::SyntaxHighlighting where the system has it (Debian 13, Ubuntu 24.04+).
#  2. Otherwise the Qt 6 build of KF5 5.116 that scripts/bootstrap.sh makes in
#     .deps/. The distribution's KF5 package is built against Qt 5 and cannot be
#     loaded into a Qt 6 process, so only a KF5 linked to Qt 6 is accepted.
# There is deliberately no fallback highlighter.
set(BEARINGS_KSH_PREFIX "${PROJECT_SOURCE_DIR}/.deps/ksyntaxhighlighting-5.116.0"
    CACHE PATH "Prefix of the Qt 6 build of KSyntaxHighlighting 5.116")

find_package(KF6SyntaxHighlighting QUIET)
if(TARGET KF6::SyntaxHighlighting)
    set(BEARINGS_KSH_TARGET KF6::SyntaxHighlighting)
    set(BEARINGS_KSH_DESCRIPTION "KF6 ${KF6SyntaxHighlighting_VERSION} (system)")
else()
    find_package(KF5SyntaxHighlighting 5.116 QUIET PATHS "${BEARINGS_KSH_PREFIX}" NO_DEFAULT_PATH)
    if(TARGET KF5::SyntaxHighlighting)
        get_target_property(_ksh_links KF5::SyntaxHighlighting INTERFACE_LINK_LIBRARIES)
        if(NOT "${_ksh_links}" MATCHES "Qt6::")
            message(FATAL_ERROR "The KSyntaxHighlighting in ${BEARINGS_KSH_PREFIX} is not linked to Qt 6. "
                                "Remove it and run scripts/bootstrap.sh again.")
        endif()
        set(BEARINGS_KSH_TARGET KF5::SyntaxHighlighting)
        set(BEARINGS_KSH_DESCRIPTION "KF5 ${KF5SyntaxHighlighting_VERSION} built for Qt 6 (.deps)")
        set(BEARINGS_KSH_FROM_SOURCE ON)
    endif()
endif()

if(NOT BEARINGS_KSH_TARGET)
    message(FATAL_ERROR "KDE Syntax-Highlighting for Qt 6 was not found. "
                        "Run scripts/bootstrap.sh: it installs KF6 where the system offers it "
                        "and otherwise builds the Qt 6 edition of 5.116 into .deps/.")
endif()
add_feature_info(KSyntaxHighlighting ON "${BEARINGS_KSH_DESCRIPTION}")
