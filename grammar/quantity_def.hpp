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
using number::set_attr;
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
// [optional multiplier, approximate noun]: "une cinquantaine", "deux centaines".
auto const set_approximate = [](auto& ctx) {
    Lexicon const& lexicon = x3::get<lexicon_tag>(ctx);
    auto const& a = x3::_attr(ctx);
    double const times = at_c<0>(a).value_or(1.0);
    auto const& entry = lexicon.approximate[at_c<1>(a)];
    auto& p = x3::_val(ctx);
    p.core = ast::Core::approximate;
    p.value = times * entry.value;
    p.low = times * entry.low;
    p.high = times * entry.high;
};
// [multiplier, fraction noun]: "la moitié", "deux tiers".
auto const set_fraction = [](auto& ctx) {
    Lexicon const& lexicon = x3::get<lexicon_tag>(ctx);
    auto const& a = x3::_attr(ctx);
    auto& p = x3::_val(ctx);
    p.core = ast::Core::fraction;
    p.value = at_c<0>(a) * lexicon.fractions[at_c<1>(a)];
};
auto const set_range = [](auto& ctx) {
    auto const& a = x3::_attr(ctx);
    auto& p = x3::_val(ctx);
    p.core = ast::Core::range;
    p.low = at_c<0>(a).value;
    p.high = at_c<1>(a).value;
};
auto const multiplier_one = [](auto& ctx) { x3::_val(ctx) = 1.0; };
auto const multiplier_value = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx).value; };

// ---------------------------------------------------------------- rule IDs

struct multiplier_class;
struct fraction_multiplier_class;
x3::rule<multiplier_class, double> const multiplier = "a multiplier";
x3::rule<fraction_multiplier_class, double> const fraction_multiplier = "a fraction's multiplier";

// ---------------------------------------------------------------- rules

auto const unit = from_lexicon<&Lexicon::unit_forms>;
auto const noun = from_lexicon<&Lexicon::noun_forms>;
auto const between = x3::omit[from_lexicon<&Lexicon::between_number_and_noun>] >> ws;
auto const of = (kw(U"de") >> ws) | x3::unicode::lit(U"d'");
auto const number_value = number::number_value;

auto const multiplier_def = (kw(U"un") | kw(U"une"))[multiplier_one] | number_value[multiplier_value];
// "la moitié", "un tiers", "deux tiers"
auto const fraction_multiplier_def = from_lexicon<&Lexicon::fraction_articles>[multiplier_one] | multiplier[set_attr];

// What is measured or counted: "30km2", "3 km", "cinq derniers jours", "6 millions de mines".
auto const what = unit[set_unit] | noun[set_noun] | x3::raw[unknown_noun][set_unknown_noun];
auto const measure = (opt_ws >> unit[set_unit])
                   | (ws >> *between >> what)
                   | (ws >> of >> *between >> what);

auto const rate = opt_ws >> x3::omit[from_lexicon<&Lexicon::rate_markers>] >> opt_ws >> unit[set_rate];
auto const hedge_after = ws >> from_lexicon<&Lexicon::hedges_after>[set_hedge_after];

// ---------------------------------------------------------------- grammar

auto const increment_core = (ch(U'+') >> opt_ws >> number::digits)[set_increment];
auto const vague_core = (-x3::omit[from_lexicon<&Lexicon::vague_determiners> >> opt_ws]
                         >> from_lexicon<&Lexicon::vague_nouns>
                         >> *(ws >> kw(U"de") >> ws >> from_lexicon<&Lexicon::vague_nouns>))[set_vague];
auto const approximate_core = (-(multiplier >> ws) >> from_lexicon<&Lexicon::approximate_forms>)[set_approximate];
auto const fraction_core = (fraction_multiplier >> ws >> from_lexicon<&Lexicon::fraction_forms>)[set_fraction];
auto const numeric_core = -(unit[set_prefix_unit] >> opt_ws) >> number_value[set_numeric];
auto const core = increment_core | vague_core | approximate_core | fraction_core | numeric_core;

// "entre 10 et 15 km", "de 10 à 15 km"; "10 à 15 km" and "10-15 km" only with a unit or noun.
auto const range_core = (kw(U"entre") >> ws >> number_value >> ws >> kw(U"et") >> ws >> number_value)[set_range]
                      | (kw(U"de") >> ws >> number_value >> ws >> kw(U"à") >> ws >> number_value)[set_range];
auto const bare_range_core =
    (number_value >> ((opt_ws >> ch(U'-') >> opt_ws) | (ws >> kw(U"à") >> ws)) >> number_value)[set_range];

auto const quantity_def =
    -(from_lexicon<&Lexicon::hedges_before>[set_hedge_before] >> opt_ws)
    >> ( (x3::raw[range_core][set_number_span] >> -measure)
       | (x3::raw[bare_range_core][set_number_span] >> measure)
       | (x3::raw[core][set_number_span] >> -measure >> -rate >> -hedge_after));

BOOST_SPIRIT_DEFINE(multiplier, fraction_multiplier)

}  // namespace phrase

// The top rule lives beside its BOOST_SPIRIT_DECLARE, where BOOST_SPIRIT_INSTANTIATE finds it.
quantity_type const quantity_phrase = "a quantity";
auto const quantity_phrase_def = phrase::quantity_def;
BOOST_SPIRIT_DEFINE(quantity_phrase)

}  // namespace claimcheck::grammar
