// `claimcheck graph`: the claim graph of a corpus, for Graphviz, graph tools or scripts.
#include "cli/commands.hpp"
#include "cli/input_format_option.hpp"
#include "cli/rule_setup.hpp"
#include "graph/dataset_refs.hpp"
#include "graph/graph_builder.hpp"
#include "io/input.hpp"

#include <fstream>
#include <iostream>
#include <memory>

namespace claimcheck::cli {
namespace {

struct GraphOptionsCli {
    RuleOptions rules;
    std::vector<std::string> inputs;
    std::string format = "dot";
    std::string output;
    io::InputFormat input_format = io::InputFormat::automatic;
};

void write(std::ostream& out, graph::Graph const& g, std::string const& format) {
    if (format == "graphml") graph::write_graphml(out, g);
    else if (format == "json") graph::write_json(out, g);
    else graph::write_dot(out, g);
}

int run(GraphOptionsCli const& o) {
    auto const engine = load_engine_or_report(o.rules, "graph", "no graph was written");
    if (!engine) return exit_error;
    std::vector<std::unique_ptr<Document>> corpus;
    auto const read_one = [&](io::SourceText&& source) {
        corpus.push_back(std::make_unique<Document>(engine->read(std::move(source))));
    };
    bool const failed = !io::read_inputs(o.inputs, read_one, nullptr, {}, o.input_format);
    std::vector<Document const*> docs;
    for (auto const& d : corpus) docs.push_back(d.get());
    auto g = graph::build_graph(engine->sources, docs, &engine->kinds, graph::declared_datasets(engine->pack_dirs));
    // Contradictions and corroborations come from the contradiction rules of the packs.
    RuleSet contradiction_rules;
    for (auto const& rule : engine->rules.rules)
        if (rule.check == "contradiction") contradiction_rules.rules.push_back(rule);
    graph::add_verdicts(g, run_corpus_rules(contradiction_rules, docs, true));
    if (o.output.empty()) {
        write(std::cout, g.graph(), o.format);
    } else {
        std::ofstream out(o.output, std::ios::binary);
        write(out, g.graph(), o.format);
        if (!out) {
            std::cerr << "claimcheck graph: error: cannot write " << o.output << '\n';
            return exit_error;
        }
    }
    return failed ? exit_error : exit_clean;
}

}  // namespace

std::function<int()> add_graph_command(CLI::App& app) {
    auto options = std::make_shared<GraphOptionsCli>();
    auto* cmd = app.add_subcommand("graph", "Export the graph of sources, articles, claims and facts of the inputs.");
    cmd->add_option("inputs", options->inputs,
                    "Files or directories to read (directories: *.txt, *.md, *.html, *.jsonl…); - reads stdin")
        ->required();
    add_rule_options(*cmd, options->rules);
    add_input_format_option(*cmd, options->input_format);
    cmd->add_option("--format", options->format, "dot (Graphviz), graphml or json")
        ->check(CLI::IsMember({"dot", "graphml", "json"}))
        ->capture_default_str();
    cmd->add_option("--output,-o", options->output, "Write the graph to this file instead of standard output");
    return [options] { return run(*options); };
}

}  // namespace claimcheck::cli
