# packaging/man_page.cmake: writes meldsim(1) from the text of `meldsim --help`, so the manual
# and the help are one source (the string cli.help in assets/strings/text.json).
# cmake -DMELDSIM=path/to/meldsim -DLANG_CODE=en|nl -DVERSION=x.y.z -DOUT=meldsim.1 -P man_page.cmake
# The first line of the help becomes NAME, the rest is kept as written (.nf), escaped for roff.
execute_process(COMMAND ${CMAKE_COMMAND} -E env MELDSIM_LANG=${LANG_CODE} ${MELDSIM} --help
                OUTPUT_VARIABLE help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR help STREQUAL "")
  message(FATAL_ERROR "meldsim --help failed (${rc})")
endif()
string(REPLACE "\\" "\\e" help "${help}")
# (string(FIND) rather than a REGEX REPLACE with ^: CMake lets ^ match again after each cut.)
string(FIND "${help}" "\n" eol)
string(SUBSTRING "${help}" 0 ${eol} name_line)
math(EXPR eol "${eol} + 1")
string(SUBSTRING "${help}" ${eol} -1 body)
string(STRIP "${body}" body)
set(body "${body}\n")
string(REGEX REPLACE "^meldsim: *" "" summary "${name_line}")
# A line starting with . or ' would be a roff request; a leading \& makes it text.
string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" body "\n${body}")
string(SUBSTRING "${body}" 1 -1 body)
if(LANG_CODE STREQUAL "nl")
  set(section "BESCHRIJVING")
  set(name_title "NAAM")
else()
  set(section "DESCRIPTION")
  set(name_title "NAME")
endif()
file(WRITE ${OUT}
".\\\" Generated from `meldsim --help` by packaging/man_page.cmake; do not edit.
.TH MELDSIM 1 \"\" \"meldsim ${VERSION}\" \"User Commands\"
.SH ${name_title}
meldsim \\- ${summary}
.SH ${section}
.nf
${body}.fi
")
