# Runs the bearings binary with ARGS (a ;-list) and checks its exit code and
# that STREAM (stdout or stderr) matches EXPECT_MATCH.
execute_process(COMMAND "${BINARY}" ${ARGS}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc STREQUAL "${EXPECT_EXIT}")
    message(FATAL_ERROR "exit code ${rc}, expected ${EXPECT_EXIT}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(STREAM STREQUAL "stdout")
    set(text "${out}")
else()
    set(text "${err}")
endif()
if(NOT "${EXPECT_MATCH}" STREQUAL "" AND NOT text MATCHES "${EXPECT_MATCH}")
    message(FATAL_ERROR "${STREAM} does not match '${EXPECT_MATCH}':\n${text}")
endif()
if(NOT "${REJECT_MATCH}" STREQUAL "" AND text MATCHES "${REJECT_MATCH}")
    message(FATAL_ERROR "${STREAM} should not match '${REJECT_MATCH}':\n${text}")
endif()
