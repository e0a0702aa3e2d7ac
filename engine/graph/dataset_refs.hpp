// The reference datasets the rule packs declare (`*.dataset.yaml`), read for the graph alone:
// their id, description and publisher, without loading their data.
#pragma once

#include "graph/graph_builder.hpp"

#include <filesystem>
#include <vector>

namespace claimcheck::graph {

// Every declaration of the packs, sorted by file; a file that does not parse is left out
// (load_rules has already reported it, and refused to run, when it is broken).
std::vector<DatasetRef> declared_datasets(std::vector<std::filesystem::path> const& pack_dirs);

}  // namespace claimcheck::graph
