// Records the extractor produces: quantities, dates and the relations between quantities.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// How a figure is hedged, as named in shared/spec/quantities.md.
enum class Qualifier { exact, approx, at_least, more_than, at_most, less_than, range, vague };

std::string_view to_string(Qualifier q);

// A closed, open or unbounded interval of values. An unset bound is infinite.
struct Interval {
    std::optional<double> low;
    std::optional<double> high;
    bool low_open = false;
    bool high_open = false;
};

// A span of the original file's bytes, end exclusive.
struct ByteSpan {
    std::size_t start = 0;
    std::size_t end = 0;
};

struct Quantity {
    ByteSpan span;
    std::optional<double> value;  // unset for vague amounts and ranges
    Interval interval;
    std::string unit;       // canonical code: "", "km2", "%", "USD", "km2/day", ...
    Qualifier qualifier = Qualifier::exact;
    std::string noun;       // lemma of the counted noun, empty when none
    bool increment = false; // written "(+92)": a change, not a level
};

// A date mentioned in the text. `iso` is as precise as the text: "2024", "2024-11", "2024-11-26";
// `year_inferred` says the year came from the document's date or an earlier date, not the text.
struct DateMention {
    ByteSpan span;
    std::string iso;
    bool year_inferred = false;
    std::optional<std::string> until_iso;  // for spans of years ("2020-2024")
};

// A link between quantities of one document, by their index in the document's quantity list.
struct Relation {
    enum class Kind { conversion, increment, range, rate, ratio, share };
    struct Member {
        std::string role;   // e.g. "part" and "whole" for a ratio
        std::size_t quantity;
        ByteSpan span;      // the member's span, so a reader needs no lookup
    };
    Kind kind;
    std::vector<Member> members;
};

std::string_view to_string(Relation::Kind k);

}  // namespace claimcheck
