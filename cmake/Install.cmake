include(GNUInstallDirs)
install(TARGETS claimcheck RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY rules/ DESTINATION ${CMAKE_INSTALL_DATADIR}/claimcheck/rules)
