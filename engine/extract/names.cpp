// Names of the enums in the output contract (shared/spec/quantities.md).
#include <claimcheck/quantity.hpp>

namespace claimcheck {

std::string_view to_string(Qualifier q) {
    switch (q) {
    case Qualifier::exact: return "exact";
    case Qualifier::approx: return "approx";
    case Qualifier::at_least: return "at_least";
    case Qualifier::more_than: return "more_than";
    case Qualifier::at_most: return "at_most";
    case Qualifier::less_than: return "less_than";
    case Qualifier::range: return "range";
    case Qualifier::vague: return "vague";
    }
    return "exact";
}

std::string_view to_string(Relation::Kind k) {
    switch (k) {
    case Relation::Kind::conversion: return "conversion";
    case Relation::Kind::increment: return "increment";
    case Relation::Kind::range: return "range";
    case Relation::Kind::rate: return "rate";
    case Relation::Kind::ratio: return "ratio";
    case Relation::Kind::share: return "share";
    }
    return "ratio";
}

}  // namespace claimcheck
