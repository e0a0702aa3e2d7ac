// Extraction throughput on the project's example articles repeated to 50 MB:
// the fast scan alone, the ICU folding alone, and the whole extraction (MB/s and quantities/s).
#include "extract/trigger_scan.hpp"
#include "extract/grammar_calls.hpp"
#include "text/normalized_text.hpp"

#include <claimcheck/extractor.hpp>
#include <claimcheck/lexicon.hpp>

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace {

using namespace claimcheck;

constexpr std::size_t corpus_size = 50u << 20;

// examples/*.txt, concatenated and repeated to 50 MB.
std::string const& corpus() {
    static std::string const text = [] {
        std::string one;
        std::vector<std::filesystem::path> files;
        for (auto const& e : std::filesystem::directory_iterator(CLAIMCHECK_BENCH_EXAMPLES_DIR))
            if (e.path().extension() == ".txt") files.push_back(e.path());
        std::sort(files.begin(), files.end());
        for (auto const& f : files) {
            std::ifstream in(f, std::ios::binary);
            one.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
            one += "\n\n";
        }
        if (one.empty()) throw std::runtime_error("no examples/*.txt to build the corpus from");
        std::string all;
        all.reserve(corpus_size + one.size());
        while (all.size() < corpus_size) all += one;
        return all;
    }();
    return text;
}

Lexicon const& lexicon() {
    static Lexicon const lex = load_lexicon(std::filesystem::path(CLAIMCHECK_BENCH_RULES_DIR) / "lexicon" / "fr");
    return lex;
}

class CountingSink : public RecordSink {
public:
    void on_quantity(Quantity const&, std::size_t) override { ++quantities; }
    void on_date(DateMention const&) override {}
    void on_relation(Relation const&) override {}
    std::size_t quantities = 0;
};

void BM_TriggerScan(benchmark::State& state) {
    auto const& text = corpus();
    auto words = extract::grammar_number_words();
    words.insert(words.end(), lexicon().trigger_words.begin(), lexicon().trigger_words.end());
    extract::TriggerScanner scanner(words);
    std::size_t windows = 0;
    for (auto _ : state) {
        scanner.scan(text, [&](extract::Window const& w) { windows += w.triggers.size(); });
        benchmark::DoNotOptimize(windows);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_TriggerScan)->Unit(benchmark::kMillisecond);

void BM_FoldWholeText(benchmark::State& state) {
    auto const& text = corpus();
    text::Folder folder;
    for (auto _ : state) {
        std::size_t folded = 0;
        for (std::size_t at = 0; at < text.size(); at += 4096) {
            folded += folder.fold(std::string_view(text).substr(at, 4096), at).size();
        }
        benchmark::DoNotOptimize(folded);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_FoldWholeText)->Unit(benchmark::kMillisecond);

void BM_Extract(benchmark::State& state) {
    auto const& text = corpus();
    Extractor const extractor(lexicon());
    std::size_t quantities = 0;
    for (auto _ : state) {
        CountingSink sink;
        extractor.extract(text, {}, sink);
        quantities += sink.quantities;
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
    state.counters["quantities/s"] = benchmark::Counter(static_cast<double>(quantities), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
