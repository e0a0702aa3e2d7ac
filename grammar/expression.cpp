// The one translation unit that compiles the expression grammar.
#include "expression_def.hpp"

namespace claimcheck::grammar {

namespace expression_parser {
BOOST_SPIRIT_INSTANTIATE(expression_type, iterator_type, context_type)
}  // namespace expression_parser

expression_parser::expression_type const& expression() { return expression_parser::whole_expression; }

ExpressionParse parse_expression(std::string_view source) {
    using namespace expression_parser;
    ErrorHandler handler{source.data(), std::nullopt, {}};
    skipper_type const skipper{};
    auto const skipping = x3::make_context<x3::skipper_tag>(skipper);
    context_type const context = x3::make_context<error_handler_tag>(handler, skipping);

    ExpressionParse result;
    expression_ast::Chain tree;
    iterator_type first = source.data();
    if (expression().parse(first, source.data() + source.size(), context, x3::unused, tree)) {
        result.tree = std::move(tree);
    } else {
        // Every failure passes an expectation point (the grammar starts with `eps >`).
        result.error_offset = handler.error_offset.value_or(0);
        result.expected = handler.expected.empty() ? "an expression" : handler.expected;
    }
    return result;
}

}  // namespace claimcheck::grammar
