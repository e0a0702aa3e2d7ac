// JUnit XML, the test report every CI dashboard reads (GitLab, Jenkins, Azure DevOps, CircleCI).
//
// One <testsuite> per document, one <testcase> per rule run on it: a suite is what one person
// fixes, the article, as a test file is for code; dashboards then list "examples/a.txt:
// conflict/rate-vs-total failed" and count failing articles. Suites per rule would mix
// unrelated articles under one heading. A test case fails when the rule found something at or
// above --fail-on in that document; findings below it, and suppressed ones, are in <system-out>
// and the case passes, as the exit code does.
#include "report/escaping.hpp"
#include "report/findings_writers.hpp"
#include "report/run_writers.hpp"

#include <claimcheck/claim.hpp>

#include <fmt/format.h>

#include <map>
#include <sstream>

namespace claimcheck::report {
namespace {

bool fails_run(RuleSeverity s, std::string const& fail_on) {
    if (fail_on == "none") return false;
    auto const threshold = rule_severity_named(fail_on).value_or(RuleSeverity::error);
    return static_cast<int>(s) >= static_cast<int>(threshold);
}

struct Case {
    std::vector<Finding const*> failures;  // at or above fail_on, not suppressed
    std::vector<Finding const*> notes;     // below it, or suppressed
};

struct Suite {
    std::string file;
    std::map<std::string, Case> cases;  // by rule id; every rule run, found or not
};

std::string as_text(Finding const& f) {
    std::ostringstream text;
    write_finding_text(text, f);
    return text.str();
}

void write_case(std::ostream& out, std::string const& document, std::string const& rule, Case const& c) {
    out << fmt::format("    <testcase name=\"{}\" classname=\"{}\"", xml_attribute(rule), xml_attribute(document));
    if (c.failures.empty() && c.notes.empty()) {
        out << "/>\n";
        return;
    }
    out << ">\n";
    if (!c.failures.empty()) {
        auto const& first = *c.failures.front();
        auto const message = c.failures.size() == 1 ? first.message
                                                    : fmt::format("{} (and {} more)", first.message, c.failures.size() - 1);
        std::string body;
        for (auto const* f : c.failures) body += as_text(*f);
        out << fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n", xml_attribute(message),
                           xml_attribute(to_string(first.severity)), xml_text(body));
    }
    if (!c.notes.empty()) {
        std::string body;
        for (auto const* f : c.notes)
            body += (f->suppression ? fmt::format("suppressed ({}): ", f->suppression->kind) : std::string()) + as_text(*f);
        out << fmt::format("      <system-out>{}</system-out>\n", xml_text(body));
    }
    out << "    </testcase>\n";
}

}  // namespace

void write_junit(std::ostream& out, RunReport const& run) {
    // Suites in the order documents were read; a finding's document that was not kept still gets one.
    std::vector<std::string> order;
    std::map<std::string, Suite> suites;
    auto suite = [&](std::string const& id, std::string const& file) -> Suite& {
        auto [it, added] = suites.try_emplace(id);
        if (added) {
            order.push_back(id);
            it->second.file = file;
            if (run.rules)
                for (auto const& r : run.rules->rules) it->second.cases[r.id];
        }
        return it->second;
    };
    for (auto const* d : run.documents) suite(document_id(*d), d->file);
    for (auto const& f : run.findings) {
        if (f.verdict != Verdict::fails) continue;
        auto& c = suite(f.document_id, f.file).cases[f.rule];
        (fails_run(f.severity, run.fail_on) && !f.suppression ? c.failures : c.notes).push_back(&f);
    }

    // Inputs that could not be read are errors, not failures of a text; warnings (invalid UTF-8,
    // the text still read) are only on stderr.
    std::vector<Diagnostic const*> unread;
    for (auto const& d : run.input_problems)
        if (d.severity == Severity::error) unread.push_back(&d);

    std::size_t tests = unread.size(), failures = 0;
    for (auto const& [id, s] : suites) {
        tests += s.cases.size();
        for (auto const& [rule, c] : s.cases) failures += !c.failures.empty();
    }
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << fmt::format("<testsuites name=\"claimcheck\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n", tests, failures,
                       unread.size());
    for (auto const& id : order) {
        auto const& s = suites.at(id);
        std::size_t failed = 0;
        for (auto const& [rule, c] : s.cases) failed += !c.failures.empty();
        out << fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\" file=\"{}\">\n",
                           xml_attribute(id), s.cases.size(), failed, xml_attribute(s.file));
        for (auto const& [rule, c] : s.cases) write_case(out, id, rule, c);
        out << "  </testsuite>\n";
    }
    if (!unread.empty()) {
        out << fmt::format("  <testsuite name=\"inputs\" tests=\"{0}\" failures=\"0\" errors=\"{0}\" skipped=\"0\">\n",
                           unread.size());
        for (auto const* d : unread) {
            out << fmt::format("    <testcase name=\"{}\" classname=\"inputs\">\n", xml_attribute(d->file));
            out << fmt::format("      <error message=\"{}\" type=\"{}\">{}</error>\n", xml_attribute(d->message),
                               xml_attribute(d->code), xml_text(format_diagnostic(*d)));
            out << "    </testcase>\n";
        }
        out << "  </testsuite>\n";
    }
    out << "</testsuites>\n";
}

}  // namespace claimcheck::report
