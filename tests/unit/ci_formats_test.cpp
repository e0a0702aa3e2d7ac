// The machine-readable formats of `check` (report/run_writers.hpp) and their escaping
// (report/escaping.hpp), on a run made by hand with every awkward character in it.
#include "report/escaping.hpp"
#include "report/fingerprint.hpp"
#include "report/run_writers.hpp"

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include <sstream>

using namespace claimcheck;
using namespace claimcheck::report;

namespace {

FoundClaim claim(std::string role, std::string text, std::size_t line, std::size_t column) {
    FoundClaim c;
    c.role = std::move(role);
    c.text = std::move(text);
    c.file = "dir one/é,a:b.txt";
    c.at = {c.file, "", line, column, 0};
    return c;
}

Finding finding(std::string message, RuleSeverity severity) {
    Finding f;
    f.rule = "core/unit-conversion";
    f.severity = severity;
    f.message = std::move(message);
    f.file = "dir one/é,a:b.txt";
    f.document_id = f.file;
    f.line = 2;
    f.column = 5;
    f.claims = {claim("value", "3 km", 2, 5), claim("equivalent", "5 miles", 2, 11)};
    f.trace = {"3 km × 0,621 = 1,86 mi", "le texte dit 5 mi : 100 % d'écart"};
    return f;
}

struct Run {
    RuleSet rules;
    RunReport report;
    Run() {
        Rule r;
        r.id = "core/unit-conversion";
        r.check = "conversion";
        r.severity = RuleSeverity::error;
        r.description = "A figure and its equivalent agree.";
        r.rationale = "Translated articles keep both units.\n";
        r.link = "https://www.bipm.org/en/measurement-units";
        rules.rules.push_back(r);
        report.rules = &rules;
        report.findings.push_back(finding("5 < 3 & \"x\" 'y'\x01 100%, a:b\r\nnext", RuleSeverity::error));
        auto suppressed = finding("accepted", RuleSeverity::warning);
        suppressed.suppression = Suppression{"inSource", "the source says so", {"dir one/é,a:b.txt", "", 1, 1, 0}};
        report.findings.push_back(suppressed);
        report.input_problems.push_back({Severity::error, "input.missing", "gone.txt", 0, 0, "no such file"});
        report.tool_version = "0.1.0";
    }
    template <class Writer>
    std::string write(Writer w) const {
        std::ostringstream out;
        w(out, report);
        return out.str();
    }
};

}  // namespace

TEST_CASE("GitHub workflow commands escape data and properties") {
    CHECK(github_data("100% sûr\r\nligne 2: a, b") == "100%25 sûr%0D%0Aligne 2: a, b");
    CHECK(github_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae");
}

TEST_CASE("the GitHub writer prints unsuppressed findings and input problems, escaped") {
    auto const out = Run().write(write_github);
    CHECK(out == "::error file=gone.txt,title=input.missing::no such file\n"
                 "::error file=dir one/é%2Ca%3Ab.txt,line=2,col=5,title=core/unit-conversion::"
                 "5 < 3 & \"x\" 'y'\x01 100%25, a:b%0D%0Anext%0A3 km × 0,621 = 1,86 mi%0Ale texte dit 5 mi : 100 %25 d'écart\n");
}

TEST_CASE("XML escaping: entities, line breaks in attributes, characters XML cannot hold") {
    CHECK(xml_text("a < b && c > \"d\"") == "a &lt; b &amp;&amp; c &gt; \"d\"");
    CHECK(xml_attribute("\"x\" 'y'\n\tz\r") == "&quot;x&quot; &apos;y&apos;&#10;&#9;z&#13;");
    CHECK(xml_text("bell\x07 nul") == "bell\xEF\xBF\xBD nul");
    CHECK(xml_text("\xEF\xBF\xBF") == "\xEF\xBF\xBD");       // U+FFFF is no XML character
    CHECK(xml_text("bad \xC3 byte") == "bad \xEF\xBF\xBD byte");  // invalid UTF-8
    CHECK(xml_text("km² é 🙂") == "km² é 🙂");
}

TEST_CASE("the JUnit writer fails the case of a rule that found something, escaped") {
    auto const out = Run().write(write_junit);
    CHECK(out.find("<testsuite name=\"dir one/é,a:b.txt\" tests=\"1\" failures=\"1\"") != std::string::npos);
    CHECK(out.find("<failure message=\"5 &lt; 3 &amp; &quot;x&quot; &apos;y&apos;\xEF\xBF\xBD 100%, a:b&#13;&#10;next\" type=\"error\">") !=
          std::string::npos);
    CHECK(out.find("suppressed (inSource): ") != std::string::npos);  // in <system-out>, not a failure
    CHECK(out.find("<testcase name=\"gone.txt\" classname=\"inputs\">") != std::string::npos);
    CHECK(out.find('\x01') == std::string::npos);
}

TEST_CASE("URIs of artifacts are percent-encoded relative references") {
    CHECK(uri_path("examples/a b/é,x:y#1%.txt") == "examples/a%20b/%C3%A9,x%3Ay%231%25.txt");
    CHECK(artifact_uri("examples/a.txt").relative);
    CHECK(artifact_uri("/srv/news/a.txt").uri == "file:///srv/news/a.txt");
    CHECK_FALSE(artifact_uri("/srv/news/a.txt").relative);
}

TEST_CASE("truncation keeps UTF-8 whole") {
    CHECK(truncate_utf8("écart", 10) == "écart");
    CHECK(truncate_utf8("ééééé", 6) == "\xC3\xA9\xE2\x80\xA6");  // é + …, never half an é
}

TEST_CASE("the SARIF writer: rule help, locations, fingerprints, suppressions, notifications") {
    Run const run;
    auto const log = nlohmann::json::parse(run.write(write_sarif));
    CHECK(log["version"] == "2.1.0");
    auto const& r = log["runs"][0];
    auto const& rule = r["tool"]["driver"]["rules"][0];
    CHECK(rule["id"] == "core/unit-conversion");
    CHECK(rule["name"] == "CoreUnitConversion");
    CHECK(rule["defaultConfiguration"]["level"] == "error");
    CHECK(rule["helpUri"] == "https://www.bipm.org/en/measurement-units");
    CHECK(rule["fullDescription"]["text"] == "A figure and its equivalent agree. Translated articles keep both units.");

    auto const& result = r["results"][0];
    CHECK(result["ruleIndex"] == 0);
    CHECK(result["level"] == "error");
    CHECK(result["message"]["text"].get<std::string>().find("\n3 km × 0,621 = 1,86 mi\n") != std::string::npos);
    auto const& where = result["locations"][0]["physicalLocation"];
    CHECK(where["artifactLocation"]["uri"] == "dir%20one/%C3%A9,a%3Ab.txt");
    CHECK(where["artifactLocation"]["uriBaseId"] == "SRCROOT");
    CHECK(where["region"]["startLine"] == 2);
    CHECK(where["region"]["startColumn"] == 5);
    CHECK(where["region"]["endColumn"] == 9);  // no document kept: from the claim's text
    CHECK(result["relatedLocations"][0]["message"]["text"] == "equivalent: 5 miles");
    CHECK(result["partialFingerprints"]["claimcheck/v1"] == fingerprints(run.report.findings)[0]);
    CHECK_FALSE(result.contains("suppressions"));

    auto const& accepted = r["results"][1]["suppressions"][0];
    CHECK(accepted["kind"] == "inSource");
    CHECK(accepted["status"] == "accepted");
    CHECK(accepted["justification"] == "the source says so");

    CHECK(r["invocations"][0]["executionSuccessful"] == false);
    CHECK(r["invocations"][0]["toolExecutionNotifications"][0]["descriptor"]["id"] == "input.missing");
}
