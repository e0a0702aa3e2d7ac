// Defines the quantity phrase grammar. Included by quantity.cpp only.
#pragma once

#include "ast.hpp"
#include "lexicon_parser.hpp"
#include "number_def.hpp"
#include "quantity.hpp"

namespace claimcheck::grammar {
namespace phrase {

using number::ch;
using number::kw;
using number::opt_ws;
using number::ws;
using boost::fusion::at_c;

// ---------------------------------------------------------------- semantic actions

// Every action writes into the phrase (_val) and is attached to a whole alternative or to the
// last element of a sequence, so a branch that fails later leaves nothing behind.

auto const set_hedge_before = [](auto& ctx) { x3::_val(ctx).hedge_before = static_cast<int>(x3::_attr(ctx)); };
auto const set_hedge_after = [](auto& ctx) { x3::_val(ctx).hedge_after = static_cast<int>(x3::_attr(ctx)); };
auto const set_unit = [](auto& ctx) { x3::_val(ctx).unit = static_cast<int>(x3::_attr(ctx)); };
auto const set_noun = [](auto& ctx) { x3::_val(ctx).noun = static_cast<int>(x3::_attr(ctx)); };
auto const set_unknown_noun = [](auto& ctx) {
    x3::_val(ctx).unknown_noun_begin = x3::_attr(ctx).begin();
    x3::_val(ctx).unknown_noun_end = x3::_attr(ctx).end();
};
auto const set_number_span = [](auto& ctx) {
    x3::_val(ctx).number_begin = x3::_attr(ctx).begin();
    x3::_val(ctx).number_end = x3::_attr(ctx).end();
};

// A rate's period must be a time unit: "par jour", "/h".
auto const set_rate = [](auto& ctx) {
    Lexicon const& lexicon = x3::get<lexicon_tag>(ctx);
    auto const index = x3::_attr(ctx);
    x3::_pass(ctx) = lexicon.units[index].dimension == "time";
    if (x3::_pass(ctx)) x3::_val(ctx).rate_period = static_cast<int>(index);
};
// A unit before the number must be one written there: "$10", "€ 5".
auto const set_prefix_unit = [](auto& ctx) {
    Lexicon const& lexicon = x3::get<lexicon_tag>(ctx);
    auto const index = x3::_attr(ctx);
    x3::_pass(ctx) = lexicon.units[index].prefix;
    if (x3::_pass(ctx)) x3::_val(ctx).unit = static_cast<int>(index);
};

auto const set_numeric = [](auto& ctx) {
    NumberValue const& n = x3::_attr(ctx);
    auto& p = x3::_val(ctx);
    p.core = ast::Core::number;
    p.value = n.value;
    p.in_words = n.in_words;
    p.plain_digits = n.plain_digits;
};
auto const set_increment = [](auto& ctx) {
    auto& p = x3::_val(ctx);
    p.core = ast::Core::increment;
    p.value = x3::_attr(ctx).value;
};
// [vague noun, more vague nouns]: "dizaines de milliers" has scale 10 * 1000.
auto const set_vague = [](auto& ctx) {
    Lexicon const& lexicon = x3::get<lexicon_tag>(ctx);
    auto const& a = x3::_attr(ctx);
    double scale = lexicon.vague_scales[at_c<0>(a)];
    for (auto index : at_c<1>(a)) scale *= lexicon.vague_scales[index];
    auto& p = x3::_val(ctx);
    p.core = ast::Core::vague;
    p.low = 2 * scale;
    p.high = 10 * scale;
};
auto const set_range = [](auto& ctx) {
    auto const& a = x3::_attr(ctx);
    auto& p = x3::_val(ctx);
    p.core = ast::Core::range;
    p.low = at_c<0>(a).value;
    p.high = at_c<1>(a).value;
};
// "une cinquantaine", "la moitié": the article stands for one.
auto const set_one = [](auto& ctx) {
    auto& p = x3::_val(ctx);
    p.core = ast::Core::number;
    p.value = 1;
    p.in_words = true;
    p.plain_digits = false;
};
// The figure read so far multiplies what follows: "deux centaines", "trois quarts".
auto const times_approximate = [](auto& ctx) {
    Lexicon const& lexicon = x3::get<lexicon_tag>(ctx);
    auto const& entry = lexicon.approximate[x3::_attr(ctx)];
    auto& p = x3::_val(ctx);
    double const times = p.value;
    p.core = ast::Core::approximate;
    p.value = times * entry.value;
    p.low = times * entry.low;
    p.high = times * entry.high;
};
auto const times_fraction = [](auto& ctx) {
    Lexicon const& lexicon = x3::get<lexicon_tag>(ctx);
    auto& p = x3::_val(ctx);
    p.core = ast::Core::fraction;
    p.value *= lexicon.fractions[x3::_attr(ctx)];
};
// "10 à 15 km": the figure read so far is the low bound.
auto const range_to = [](auto& ctx) {
    auto& p = x3::_val(ctx);
    p.core = ast::Core::range;
    p.low = p.value;
    p.high = x3::_attr(ctx).value;
};

// ---------------------------------------------------------------- rules

auto const unit = from_lexicon<&Lexicon::unit_forms>;
auto const noun = from_lexicon<&Lexicon::noun_forms>;
auto const approximate_noun = from_lexicon<&Lexicon::approximate_forms>;
auto const fraction_noun = from_lexicon<&Lexicon::fraction_forms>;
auto const between = x3::omit[from_lexicon<&Lexicon::between_number_and_noun>] >> ws;
auto const of = (kw(U"de") >> ws) | x3::unicode::lit(U"d'");
// « des dizaines de milliers » de morts: a quotation may end between the amount and its noun.
auto const closing_quote = ch(U'»') | ch(U'"') | ch(U'”');
auto const number_value = number::number_value;

// What is measured or counted: "30km2", "3 km", "cinq derniers jours", "6 millions de mines".
auto const what = unit[set_unit] | noun[set_noun] | x3::raw[unknown_noun][set_unknown_noun];
auto const measure = (opt_ws >> unit[set_unit])
                   | (ws >> *between >> what)
                   | (ws >> -(closing_quote >> ws) >> of >> *between >> what);
// The same, only looked at: a bare range ("10 à 15") needs a unit or noun after it.
auto const what_follows = x3::omit[unit | noun | unknown_noun];
auto const measure_follows = &((opt_ws >> x3::omit[unit])
                               | (ws >> *between >> what_follows)
                               | (ws >> -(closing_quote >> ws) >> of >> *between >> what_follows));

auto const rate = opt_ws >> x3::omit[from_lexicon<&Lexicon::rate_markers>] >> opt_ws >> unit[set_rate];
auto const hedge_after = ws >> from_lexicon<&Lexicon::hedges_after>[set_hedge_after];

// ---------------------------------------------------------------- grammar

auto const increment_core = (ch(U'+') >> opt_ws >> number::digits)[set_increment];
auto const vague_core = (-x3::omit[from_lexicon<&Lexicon::vague_determiners> >> opt_ws]
                         >> from_lexicon<&Lexicon::vague_nouns>
                         >> *(ws >> kw(U"de") >> ws >> from_lexicon<&Lexicon::vague_nouns>))[set_vague];
// "une dizaine", "un tiers", "la moitié"
auto const article_core = (kw(U"un") | kw(U"une") | x3::omit[from_lexicon<&Lexicon::fraction_articles>])[set_one]
                          >> ws >> (approximate_noun[times_approximate] | fraction_noun[times_fraction]);
// "$10", "€ 5"
auto const currency_core = unit[set_prefix_unit] >> opt_ws >> number_value[set_numeric];
// A figure, read once, then what it turns out to be: "deux centaines", "deux tiers", "10 à 15 km".
auto const range_separator = (opt_ws >> ch(U'-') >> opt_ws) | (ws >> kw(U"à") >> ws);
auto const number_core = number_value[set_numeric]
                         >> -((ws >> approximate_noun[times_approximate])
                              | (ws >> fraction_noun[times_fraction])
                              | (range_separator >> number_value[range_to] >> measure_follows));
auto const core = increment_core | vague_core | article_core | currency_core | number_core;

// "entre 10 et 15 km", "de 10 à 15 km"
auto const range_core = (kw(U"entre") >> ws >> number_value >> ws >> kw(U"et") >> ws >> number_value)[set_range]
                      | (kw(U"de") >> ws >> number_value >> ws >> kw(U"à") >> ws >> number_value)[set_range];

auto const quantity_def =
    -(from_lexicon<&Lexicon::hedges_before>[set_hedge_before] >> opt_ws)
    >> ( (x3::raw[range_core][set_number_span] >> -measure)
       | (x3::raw[core][set_number_span] >> -measure >> -rate >> -hedge_after));

}  // namespace phrase

// The top rule lives beside its BOOST_SPIRIT_DECLARE, where BOOST_SPIRIT_INSTANTIATE finds it.
quantity_type const quantity_phrase = "a quantity";
auto const quantity_phrase_def = phrase::quantity_def;
BOOST_SPIRIT_DEFINE(quantity_phrase)

}  // namespace claimcheck::grammar
