// Numbers in digits ("4.500", "733 830", "27,4", "1,5 million") and in French words
// ("vingt et un", "soixante-dix-sept", "quatre-vingts", "deux cent mille", "onze cents", "trois milliards").
// Included by quantity_def.hpp only: quantity.cpp is the one translation unit that pays for it.
#pragma once

#include "config.hpp"
#include "lexicon_parser.hpp"

#include <boost/fusion/include/at_c.hpp>

#include <algorithm>
#include <cmath>
#include <string>

namespace claimcheck::grammar {

struct NumberValue {
    double value = 0;
    bool in_words = false;
    bool plain_digits = false;  // "2024": no separator, decimal or scale word
};

namespace number {

using boost::fusion::at_c;

// ---------------------------------------------------------------- characters

constexpr auto ch(char32_t c) { return x3::literal_char<boost::spirit::char_encoding::unicode, x3::unused_type>(c); }
auto const digit = x3::unicode::char_(U'0', U'9');
auto const letter = x3::unicode::alpha;
auto const word_end = !(x3::unicode::alnum);
auto const ws = +ch(U' ');
auto const opt_ws = *ch(U' ');
// Between number words: "vingt-deux", "vingt deux", "deux cent".
auto const sep = ch(U'-') | ws;

// A whole word: "dix" does not match "dixième", "cent" does not match "centaine".
inline auto kw(char32_t const* word) { return x3::unicode::lit(word) >> word_end; }
// A word with an optional plural "s": "cent"/"cents", "million"/"millions".
inline auto kw_s(char32_t const* word) { return x3::unicode::lit(word) >> -ch(U's') >> word_end; }
template <typename Symbols>
auto whole(Symbols const& symbols) { return symbols >> word_end; }

// ---------------------------------------------------------------- word tables

// Keyed by char32_t (X3's unicode default is uint32_t, which does not compare with our iterators).
using word_table = x3::symbols_parser<boost::spirit::char_encoding::unicode, double, x3::tst<char32_t, double>>;

inline word_table make_table(std::initializer_list<std::pair<char32_t const*, double>> words, char const* name) {
    word_table table{std::string(name)};
    for (auto const& [word, value] : words) {
        std::u32string const w(word);
        table.add(w.begin(), w.end(), value);
    }
    return table;
}

word_table const one_to_nine = make_table({{U"un", 1}, {U"une", 1}, {U"deux", 2}, {U"trois", 3}, {U"quatre", 4}, {U"cinq", 5},
                              {U"six", 6}, {U"sept", 7}, {U"huit", 8}, {U"neuf", 9}},
                             "a unit word");
word_table const two_to_nine = make_table({{U"deux", 2}, {U"trois", 3}, {U"quatre", 4}, {U"cinq", 5}, {U"six", 6}, {U"sept", 7},
                              {U"huit", 8}, {U"neuf", 9}},
                             "a unit word from two");
word_table const seven_to_nine = make_table({{U"sept", 7}, {U"huit", 8}, {U"neuf", 9}}, "sept, huit or neuf");
word_table const eleven_to_sixteen = make_table({{U"onze", 11}, {U"douze", 12}, {U"treize", 13}, {U"quatorze", 14},
                                    {U"quinze", 15}, {U"seize", 16}},
                                   "a teen word");
word_table const tens = make_table({{U"vingt", 20}, {U"trente", 30}, {U"quarante", 40}, {U"cinquante", 50}, {U"soixante", 60},
                       // Belgian and Swiss French
                       {U"septante", 70}, {U"huitante", 80}, {U"octante", 80}, {U"nonante", 90}},
                      "a tens word");
// Scale words after digits: "1,5 million", "27,4 milliards", "10 mille".
word_table const scale_words = make_table({{U"mille", 1e3}, {U"million", 1e6}, {U"millions", 1e6}, {U"milliard", 1e9},
                              {U"milliards", 1e9}, {U"billion", 1e12}, {U"billions", 1e12}, {U"md", 1e9},
                              {U"mds", 1e9}, {U"mrd", 1e9}, {U"mrds", 1e9}},
                             "a scale word");

// ---------------------------------------------------------------- semantic actions

auto const set_attr = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
inline auto set_value(double v) {
    return [v](auto& ctx) { x3::_val(ctx) = v; };
}
inline auto add(double base) {
    return [base](auto& ctx) { x3::_val(ctx) = base + x3::_attr(ctx); };
}
// [a, optional b] → a * scale + b
inline auto times_plus(double scale) {
    return [scale](auto& ctx) {
        auto const& a = x3::_attr(ctx);
        x3::_val(ctx) = at_c<0>(a) * scale + at_c<1>(a).value_or(0.0);
    };
}
// [optional b] → base + b
inline auto base_plus(double base) {
    return [base](auto& ctx) { x3::_val(ctx) = base + x3::_attr(ctx).value_or(0.0); };
}
auto const sum_pair = [](auto& ctx) { x3::_val(ctx) = at_c<0>(x3::_attr(ctx)) + at_c<1>(x3::_attr(ctx)); };

template <typename Range>
double digits_of(Range const& range) {
    double v = 0;
    for (auto it = range.begin(); it != range.end(); ++it)
        if (*it >= U'0' && *it <= U'9') v = v * 10 + static_cast<double>(*it - U'0');
    return v;
}

// The digits' parts arrive one by one, each action on its own raw[] (X3 gives a raw[] its
// iterator range only when the action sits directly on it).
auto const set_integer = [](auto& ctx) {
    auto const& range = x3::_attr(ctx);
    auto& n = x3::_val(ctx);
    n.value = digits_of(range);
    n.plain_digits = std::all_of(range.begin(), range.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
};
auto const add_decimals = [](auto& ctx) {
    auto const& range = x3::_attr(ctx);
    auto& n = x3::_val(ctx);
    n.value += digits_of(range) / std::pow(10.0, static_cast<double>(range.end() - range.begin()));
    n.plain_digits = false;
};
auto const apply_scale = [](auto& ctx) {
    auto& n = x3::_val(ctx);
    n.value *= x3::_attr(ctx);
    n.plain_digits = false;
};
auto const make_words = [](auto& ctx) {
    NumberValue n;
    n.value = x3::_attr(ctx);
    n.in_words = true;
    x3::_val(ctx) = n;
};

// ---------------------------------------------------------------- rule IDs

struct eleven_to_nineteen_class;
struct ten_to_nineteen_class;
struct below_100_class;
struct hundreds_count_class;
struct below_1000_class;
struct below_million_class;
struct below_billion_class;
struct words_class;
struct digits_class;
struct number_value_class;

x3::rule<eleven_to_nineteen_class, double> const eleven_to_nineteen = "a number from eleven to nineteen";
x3::rule<ten_to_nineteen_class, double> const ten_to_nineteen = "a number from ten to nineteen";
x3::rule<below_100_class, double> const below_100 = "a number below 100";
x3::rule<hundreds_count_class, double> const hundreds_count = "a count of hundreds";
x3::rule<below_1000_class, double> const below_1000 = "a number below 1000";
x3::rule<below_million_class, double> const below_million = "a number below a million";
x3::rule<below_billion_class, double> const below_billion = "a number below a billion";
x3::rule<words_class, double> const words = "a number in words";
x3::rule<digits_class, NumberValue> const digits = "a number in digits";
x3::rule<number_value_class, NumberValue> const number_value = "a number";

// ---------------------------------------------------------------- grammar: words

auto const et = sep >> kw(U"et") >> sep;

auto const eleven_to_nineteen_def =
      (kw(U"dix") >> sep >> whole(seven_to_nine))[add(10)]      // dix-sept
    | whole(eleven_to_sixteen)[set_attr];

auto const ten_to_nineteen_def =
      eleven_to_nineteen[set_attr]
    | kw(U"dix")[set_value(10)];

auto const below_100_def =
      (kw(U"soixante") >> sep >> ten_to_nineteen)[add(60)]      // soixante-dix, soixante-douze
    | (kw(U"soixante") >> et >> kw(U"onze"))[set_value(71)]
    | (kw(U"quatre") >> sep >> kw_s(U"vingt") >> sep >> ten_to_nineteen)[add(80)]  // quatre-vingt-dix
    | (kw(U"quatre") >> sep >> kw(U"vingt") >> sep >> whole(one_to_nine))[add(80)]
    | (kw(U"quatre") >> sep >> kw_s(U"vingt"))[set_value(80)]
    | (whole(tens) >> et >> (kw(U"un") | kw(U"une")))[add(1)]          // vingt et un
    | (whole(tens) >> sep >> whole(one_to_nine))[sum_pair]             // vingt-deux
    | whole(tens)[set_attr]
    | ten_to_nineteen[set_attr]
    | whole(one_to_nine)[set_attr]
    | (kw(U"zéro") | kw(U"zero"))[set_value(0)];

// Hundreds are also counted past ten, as years are read: "onze cents" (1100),
// "dix-neuf cent quatre-vingt-quatre" (1984). Not "dix cents", which is not said.
auto const hundreds_count_def =
      whole(two_to_nine)[set_attr]
    | eleven_to_nineteen[set_attr];

auto const below_1000_def =
      (hundreds_count >> sep >> kw_s(U"cent") >> -(sep >> below_100))[times_plus(100)]
    | (kw_s(U"cent") >> -(sep >> below_100))[base_plus(100)]
    | below_100[set_attr];

auto const below_million_def =
      (below_1000 >> sep >> kw(U"mille") >> -(sep >> below_1000))[times_plus(1e3)]
    | (kw(U"mille") >> -(sep >> below_1000))[base_plus(1e3)]
    | below_1000[set_attr];

auto const below_billion_def =
      (below_1000 >> sep >> kw_s(U"million") >> -(sep >> below_million))[times_plus(1e6)]
    | below_million[set_attr];

auto const words_def =
      (below_million >> sep >> kw_s(U"milliard") >> -(sep >> below_billion))[times_plus(1e9)]
    | below_billion[set_attr];

// ---------------------------------------------------------------- grammar: digits

// Thousands separators: space (no-break spaces are folded to it), dot, apostrophe (Swiss ’).
auto const group_separator = ch(U' ') | ch(U'.') | ch(U'\'');
auto const grouped_integer = x3::repeat(1, 3)[digit] >> +(group_separator >> x3::repeat(3)[digit] >> !digit);
auto const integer = grouped_integer | +digit;
// A decimal comma, or a dot not followed by a group of three (those are thousands).
auto const decimals = (ch(U',') | ch(U'.')) >> x3::raw[+digit][add_decimals];
// Digits glued to letters are codes or ordinals ("11e", "5G"), unless the letters are a unit ("30km2").
auto const not_glued = (!letter) | &from_lexicon<&Lexicon::unit_forms>;

auto const digits_def = x3::raw[integer][set_integer] >> -decimals >> -(opt_ws >> whole(scale_words)[apply_scale])
                        >> not_glued;

auto const number_value_def = digits[set_attr] | words[make_words];

BOOST_SPIRIT_DEFINE(eleven_to_nineteen, ten_to_nineteen, below_100, hundreds_count, below_1000, below_million,
                    below_billion, words, digits, number_value)

}  // namespace number
}  // namespace claimcheck::grammar
