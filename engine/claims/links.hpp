// The relations of a document seen from each quantity: its role and the figure at the other end.
#pragma once

#include <claimcheck/extractor.hpp>

#include <string>
#include <vector>

namespace claimcheck::claims {

struct Link {
    Relation::Kind kind;
    std::string role;        // this quantity's role: "increment", "part", "period", ...
    std::size_t other = 0;   // the other member's quantity index
    std::string other_role;
};

// For every quantity of `e`, the links it takes part in.
inline std::vector<std::vector<Link>> links_of(Extraction const& e) {
    std::vector<std::vector<Link>> out(e.quantities.size());
    for (auto const& r : e.relations)
        for (auto const& m : r.members)
            for (auto const& o : r.members)
                if (&m != &o && m.quantity < out.size()) out[m.quantity].push_back({r.kind, m.role, o.quantity, o.role});
    return out;
}

}  // namespace claimcheck::claims
