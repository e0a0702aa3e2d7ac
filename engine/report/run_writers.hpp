// Writers of a whole run for CI, each in its own file and listed in output_formats().
#pragma once

#include "report/run_report.hpp"

#include <ostream>

namespace claimcheck::report {

// SARIF 2.1.0 (sarif_writer.cpp): every loaded rule with its help, every finding with its
// locations, fingerprint, suppression and arithmetic; input problems as tool notifications.
void write_sarif(std::ostream& out, RunReport const& run);

// JUnit XML (junit_writer.cpp): a test suite per document, a test case per rule run on it.
void write_junit(std::ostream& out, RunReport const& run);

// GitHub Actions workflow commands (github_writer.cpp): one ::error/::warning/::notice line
// per unsuppressed finding, which the runner shows as an annotation on the file.
void write_github(std::ostream& out, RunReport const& run);

}  // namespace claimcheck::report
