// Digits as French-speaking locales write them, against an oracle: ICU renders integers of every
// magnitude and decimals with one or two fraction digits for fr_FR, fr_CH and fr_BE (and fr_CA,
// fr_LU), and each, put in a sentence, must come back from the extractor with the same value.
//
// Their thousands separator depends on ICU's data (72 gives U+202F, the narrow no-break space,
// to fr_FR, fr_CH and fr_BE, U+00A0 to fr_CA and a dot to fr_LU), so each locale is also rendered
// with the other separators the news uses: the no-break space U+00A0, a plain space, the Swiss
// U+2019 and ASCII apostrophes, and a dot.
#include "support/french.hpp"

#include <doctest/doctest.h>

#include <unicode/decimfmt.h>
#include <unicode/dcfmtsym.h>
#include <unicode/locid.h>
#include <unicode/numfmt.h>
#include <unicode/unistr.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <iomanip>
#include <memory>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string utf8(icu::UnicodeString const& s) {
    std::string out;
    return s.toUTF8String(out);
}

std::string code_points(icu::UnicodeString const& s) {
    std::string out;
    for (std::int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%sU+%04X", out.empty() ? "" : " ", static_cast<unsigned>(s.char32At(i)));
        out += buf;
    }
    return out;
}

// One locale's formatter, its grouping separator replaced when `grouping` is given.
struct Style {
    std::string name;  // "fr_CH, grouping U+2019"
    std::unique_ptr<icu::NumberFormat> format;

    Style(char const* locale, std::optional<icu::UnicodeString> grouping) {
        UErrorCode status = U_ZERO_ERROR;
        format.reset(icu::NumberFormat::createInstance(icu::Locale(locale), status));
        REQUIRE_MESSAGE(U_SUCCESS(status), "ICU number format for " << locale << ": " << u_errorName(status));
        auto* decimal = dynamic_cast<icu::DecimalFormat*>(format.get());
        REQUIRE(decimal);
        if (grouping) {
            icu::DecimalFormatSymbols symbols(*decimal->getDecimalFormatSymbols());
            symbols.setSymbol(icu::DecimalFormatSymbols::kGroupingSeparatorSymbol, *grouping);
            decimal->setDecimalFormatSymbols(symbols);
        }
        auto const& symbols = *decimal->getDecimalFormatSymbols();
        name = std::string(locale) + (grouping ? ", grouping " : ", ICU's grouping ") +
               code_points(symbols.getConstSymbol(icu::DecimalFormatSymbols::kGroupingSeparatorSymbol)) +
               ", decimal " + code_points(symbols.getConstSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol));
    }

    std::string render(double value, int fraction_digits) {
        format->setMinimumFractionDigits(fraction_digits);
        format->setMaximumFractionDigits(fraction_digits);
        icu::UnicodeString out;
        format->format(value, out);
        return utf8(out);
    }
};

std::vector<Style> styles() {
    std::vector<Style> out;
    for (char const* locale : {"fr_FR", "fr_CH", "fr_BE", "fr_CA", "fr_LU"}) {
        out.emplace_back(locale, std::nullopt);
        for (char16_t const* grouping : {u"\u00A0", u" ", u"\u2019", u"'", u"."})
            out.emplace_back(locale, icu::UnicodeString(grouping));
    }
    return out;
}

struct Case {
    double value;
    int fraction_digits;
};

// Integers from 0 to 999 999 999 999: each power of ten, its neighbours, and random ones of
// every length; then decimals of every length with one and two fraction digits.
std::vector<Case> cases() {
    std::vector<Case> out;
    std::mt19937_64 random(20241126);  // fixed seed: the same sample on every run
    std::int64_t power = 1;
    for (int length = 1; length <= 12; ++length, power *= 10) {
        std::uniform_int_distribution<std::int64_t> any(length == 1 ? 0 : power, power * 10 - 1);
        out.push_back({static_cast<double>(power), 0});
        out.push_back({static_cast<double>(power * 10 - 1), 0});
        if (power > 1) out.push_back({static_cast<double>(power + 1), 0});
        for (int i = 0; i < 50; ++i) out.push_back({static_cast<double>(any(random)), 0});
        for (int digits = 1; digits <= 2; ++digits) {
            std::int64_t const scale = digits == 1 ? 10 : 100;
            std::uniform_int_distribution<std::int64_t> fraction(1, scale - 1);
            for (int i = 0; i < 25; ++i) {
                auto const whole = static_cast<double>(any(random));
                out.push_back({whole + static_cast<double>(fraction(random)) / static_cast<double>(scale), digits});
            }
        }
    }
    out.push_back({0, 0});
    return out;
}

}  // namespace

TEST_CASE("numbers rendered by ICU for French-speaking locales read back") {
    auto all = styles();
    auto const values = cases();
    for (auto& style : all) {
        std::size_t misread = 0;
        std::vector<std::string> first;
        for (auto const& c : values) {
            std::string const figure = style.render(c.value, c.fraction_digits);
            std::string const sentence = "La zone couvre " + figure + " km2.";
            auto const found = claimcheck::test::extract(sentence).quantities;
            bool const ok = found.size() == 1 && found[0].value &&
                            (c.fraction_digits == 0 ? *found[0].value == c.value
                                                    : *found[0].value == doctest::Approx(c.value).epsilon(1e-12));
            if (ok) continue;
            ++misread;
            if (first.size() >= 5) continue;
            std::ostringstream why;
            why << std::fixed << std::setprecision(2) << "\"" << figure << "\" should be " << c.value << ", read as ";
            if (found.empty()) why << "nothing";
            for (auto const& q : found) {
                why << "[" << sentence.substr(q.span.start, q.span.end - q.span.start) << " = ";
                if (q.value) why << *q.value;
                why << "] ";
            }
            first.push_back(why.str());
        }
        INFO(style.name << ": " << misread << " of " << values.size() << " misread");
        for (auto const& f : first) CHECK_MESSAGE(false, f);
        CHECK(misread == 0);
    }
}
