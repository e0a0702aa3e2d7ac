#include "graph/dataset_refs.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace claimcheck::graph {
namespace fs = std::filesystem;

namespace {

std::string scalar(YAML::Node const& n) { return n && n.IsScalar() ? n.as<std::string>() : std::string(); }

}  // namespace

std::vector<DatasetRef> declared_datasets(std::vector<fs::path> const& pack_dirs) {
    std::vector<fs::path> files;
    for (auto const& dir : pack_dirs) {
        std::error_code ec;
        for (auto const& entry : fs::directory_iterator(dir, ec))
            if (entry.path().filename().string().ends_with(".dataset.yaml")) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<DatasetRef> out;
    for (auto const& file : files) {
        try {
            auto const root = YAML::LoadFile(file.string());
            DatasetRef d{scalar(root["dataset"]), scalar(root["description"]), {}};
            if (auto const src = root["source"]; src && src.IsMap()) d.source_id = scalar(src["id"]);
            if (!d.id.empty()) out.push_back(std::move(d));
        } catch (YAML::Exception const&) {
        }
    }
    return out;
}

}  // namespace claimcheck::graph
