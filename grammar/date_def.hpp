// Defines the date grammar. Included by date.cpp only.
#pragma once

#include "ast.hpp"
#include "date.hpp"
#include "lexicon_parser.hpp"

#include <boost/fusion/include/at_c.hpp>

namespace claimcheck::grammar {
namespace dates {

using boost::fusion::at_c;

// ---------------------------------------------------------------- characters

constexpr auto ch(char32_t c) { return x3::literal_char<boost::spirit::char_encoding::unicode, x3::unused_type>(c); }
auto const digit = x3::unicode::char_(U'0', U'9');
auto const ws = +ch(U' ');
auto const word_end = !(x3::unicode::alnum);

template <typename Range>
int number_of(Range const& range) {
    int v = 0;
    for (auto it = range.begin(); it != range.end(); ++it) v = v * 10 + static_cast<int>(*it - U'0');
    return v;
}

// ---------------------------------------------------------------- semantic actions

auto const to_int = [](auto& ctx) { x3::_val(ctx) = number_of(x3::_attr(ctx)); };
auto const check_day = [](auto& ctx) {
    int const day = number_of(x3::_attr(ctx));
    x3::_pass(ctx) = day >= 1 && day <= 31;
    x3::_val(ctx) = day;
};
auto const check_year = [](auto& ctx) {
    Lexicon const& lexicon = x3::get<lexicon_tag>(ctx);
    int const year = number_of(x3::_attr(ctx));
    x3::_pass(ctx) = year >= lexicon.year_min && year <= lexicon.year_max;
    x3::_val(ctx) = year;
};
auto const check_month_number = [](auto& ctx) {
    int const month = number_of(x3::_attr(ctx));
    x3::_pass(ctx) = month >= 1 && month <= 12;
    x3::_val(ctx) = month;
};
auto const first_day = [](auto& ctx) { x3::_val(ctx) = 1; };
auto const month_of = [](auto& ctx) { x3::_val(ctx) = static_cast<int>(x3::_attr(ctx)); };

// [day, month, optional year]
auto const set_day_month_year = [](auto& ctx) {
    auto const& a = x3::_attr(ctx);
    auto& d = x3::_val(ctx);
    d.day = at_c<0>(a);
    d.month = at_c<1>(a);
    d.year = at_c<2>(a).value_or(0);
};
// [first day, last day, month, optional year]: "du 23 au 25 novembre" is dated by its first day.
auto const set_day_span = [](auto& ctx) {
    auto const& a = x3::_attr(ctx);
    auto& d = x3::_val(ctx);
    d.day = at_c<0>(a);
    d.month = at_c<2>(a);
    d.year = at_c<3>(a).value_or(0);
};
// [month, year]
auto const set_month_year = [](auto& ctx) {
    auto const& a = x3::_attr(ctx);
    x3::_val(ctx).month = at_c<0>(a);
    x3::_val(ctx).year = at_c<1>(a);
};
// [year, month, optional day]
auto const set_iso = [](auto& ctx) {
    auto const& a = x3::_attr(ctx);
    auto& d = x3::_val(ctx);
    d.year = at_c<0>(a);
    d.month = at_c<1>(a);
    d.day = at_c<2>(a).value_or(0);
};
// [day, month, year]
auto const set_numeric = [](auto& ctx) {
    auto const& a = x3::_attr(ctx);
    auto& d = x3::_val(ctx);
    d.day = at_c<0>(a);
    d.month = at_c<1>(a);
    d.year = at_c<2>(a);
};
// [hour, minutes]
auto const set_clock = [](auto& ctx) {
    auto const& a = x3::_attr(ctx);
    x3::_pass(ctx) = at_c<0>(a) <= 24 && at_c<1>(a) <= 59;
    x3::_val(ctx).clock = true;
};
// [year, last year]
auto const set_year_span = [](auto& ctx) {
    auto const& a = x3::_attr(ctx);
    x3::_val(ctx).year = at_c<0>(a);
    x3::_val(ctx).until_year = at_c<1>(a);
};

// ---------------------------------------------------------------- rule IDs

struct day_class;
struct month_class;
struct month_number_class;
struct year_class;
struct two_digits_class;
struct hour_class;
x3::rule<two_digits_class, int> const two_digits = "two digits";
x3::rule<hour_class, int> const hour = "an hour";
x3::rule<day_class, int> const day = "a day of the month";
x3::rule<month_class, int> const month = "a month";
x3::rule<month_number_class, int> const month_number = "a month number";
x3::rule<year_class, int> const year = "a year";

// ---------------------------------------------------------------- grammar

auto const day_def = (x3::raw[x3::repeat(1, 2)[digit]][check_day] >> !digit
                      >> -x3::omit[from_lexicon<&Lexicon::day_suffixes>])
                   | (x3::unicode::lit(U"premier") >> word_end)[first_day];
auto const month_def = from_lexicon<&Lexicon::months>[month_of];
auto const month_number_def = x3::raw[x3::repeat(1, 2)[digit]][check_month_number] >> !digit;
auto const year_def = x3::raw[x3::repeat(4)[digit]][check_year] >> !digit;
auto const two_digits_def = x3::raw[x3::repeat(2)[digit]][to_int] >> !digit;

auto const day_month_year = (day >> ws >> month >> -(ws >> year))[set_day_month_year];
auto const day_span = (day >> ((ws >> (x3::unicode::lit(U"au") | x3::unicode::lit(U"et")) >> ws) | ch(U'-'))
                       >> day >> ws >> month >> -(ws >> year))[set_day_span];
auto const month_year = (month >> ws >> year)[set_month_year];
auto const iso = (year >> ch(U'-') >> two_digits >> -(ch(U'-') >> two_digits) >> !digit)[set_iso];
auto const numeric = (day >> (ch(U'/') | ch(U'.')) >> month_number >> (ch(U'/') | ch(U'.')) >> year)[set_numeric];
auto const year_span = (year >> (ch(U'-') | ch(U'/')) >> year)[set_year_span];

// "14h30", "9 h 15", "14:30": a time of day, read so that its figures are not taken as durations.
auto const hour_def = x3::raw[x3::repeat(1, 2)[digit]][to_int] >> !digit;
auto const clock = (hour >> *ch(U' ') >> (ch(U'h') | ch(U':')) >> *ch(U' ') >> two_digits >> word_end)[set_clock];

auto const date_def = iso | numeric | year_span | clock | day_span | day_month_year | month_year;

BOOST_SPIRIT_DEFINE(day, month, month_number, year, two_digits, hour)

}  // namespace dates

// The top rule lives beside its BOOST_SPIRIT_DECLARE, where BOOST_SPIRIT_INSTANTIATE finds it.
date_type const date_phrase = "a date";
auto const date_phrase_def = dates::date_def;
BOOST_SPIRIT_DEFINE(date_phrase)
}  // namespace claimcheck::grammar
