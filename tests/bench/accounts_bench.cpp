// The Accounts table model at scale: sorting by each column and searching as you type, on the
// customers of the store named by TENURE_BENCH_STORE, with synthetic health columns (a 1,000,000-customer
// demo store for the targets: a keystroke within 50 ms, a sort within 300 ms).
#include "models/customertablemodel.h"
#include "store/customerrepository.h"
#include "store/store.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>

using namespace tenure;
using C = ui::CustomerTableModel;

namespace {

const store::CustomerList* customers() {
    static std::unique_ptr<store::CustomerList> list = [] {
        std::unique_ptr<store::CustomerList> out;
        const char* path = std::getenv("TENURE_BENCH_STORE");
        if (!path || !*path) return out;
        auto s = store::Store::open(QString::fromLocal8Bit(path));
        if (!s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return out;
        }
        auto loaded = store::loadCustomerList(*s.value());
        if (!loaded) {
            std::fprintf(stderr, "%s\n", qPrintable(loaded.error()));
            return out;
        }
        out = std::make_unique<store::CustomerList>(std::move(loaded.value()));
        return out;
    }();
    return list.get();
}

// Health as the window's pass gives it (the bench does not score the store): scores with one
// decimal, bands from them, stages, and churn probabilities, some of each unknown.
ui::HealthColumns syntheticHealth(size_t rows) {
    std::mt19937 rng(3);
    std::uniform_int_distribution<int> score(0, 1000), stage(0, 5), risk(0, 10000), one(0, 19);
    ui::HealthColumns h;
    for (size_t row = 0; row < rows; ++row) {
        const bool scored = one(rng) != 0;
        const float s = scored ? static_cast<float>(score(rng)) / 10 : std::nanf("");
        h.scores.push_back(s);
        h.bands.push_back(!scored ? 0 : s >= 70 ? 1 : s >= 40 ? 2 : 3);
        h.stages.push_back(static_cast<uint8_t>(stage(rng)));
        h.churnRisks.push_back(one(rng) < 4 ? std::nanf("") : static_cast<float>(risk(rng)) / 10000);
    }
    return h;
}

// A model over a copy of the list, set up outside the timed part.
std::unique_ptr<C> freshModel(benchmark::State& state) {
    const store::CustomerList* list = customers();
    if (!list) {
        state.SkipWithError("set TENURE_BENCH_STORE to a store file (e.g. a 1M-customer demo store)");
        return nullptr;
    }
    auto model = std::make_unique<C>();
    model->setCustomers(*list);
    static const ui::HealthColumns health = syntheticHealth(list->size());
    model->setHealth(health);
    return model;
}

void setCustomers(benchmark::State& state) {
    const store::CustomerList* list = customers();
    if (!list) {
        state.SkipWithError("set TENURE_BENCH_STORE to a store file");
        return;
    }
    for (auto _ : state) {
        state.PauseTiming();
        store::CustomerList copy = *list;
        C model;
        state.ResumeTiming();
        model.setCustomers(std::move(copy)); // builds the search buffer
    }
}

void firstSort(benchmark::State& state) {
    const int column = static_cast<int>(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        auto model = freshModel(state);
        if (!model) return;
        state.ResumeTiming();
        model->sort(column, Qt::AscendingOrder);
        benchmark::DoNotOptimize(model->rowCount());
    }
}

void reverseSort(benchmark::State& state) {
    const int column = static_cast<int>(state.range(0));
    auto model = freshModel(state);
    if (!model) return;
    model->sort(column, Qt::AscendingOrder);
    Qt::SortOrder order = Qt::DescendingOrder;
    for (auto _ : state) {
        model->sort(column, order);
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
}

// Typing "wat", one key at a time, over the table sorted by name; then clearing the field.
void firstKeystroke(benchmark::State& state) {
    auto model = freshModel(state);
    if (!model) return;
    model->sort(C::Name, Qt::AscendingOrder);
    for (auto _ : state) {
        model->setSearchText(QStringLiteral("w"));
        state.PauseTiming();
        state.counters["rows"] = model->rowCount();
        model->setSearchText({});
        state.ResumeTiming();
    }
}

void extendingKeystroke(benchmark::State& state) {
    auto model = freshModel(state);
    if (!model) return;
    model->sort(C::Name, Qt::AscendingOrder);
    const QString before = QStringLiteral("wat").left(static_cast<qsizetype>(state.range(0)));
    const QString after = QStringLiteral("wat").left(static_cast<qsizetype>(state.range(0)) + 1);
    for (auto _ : state) {
        state.PauseTiming();
        model->setSearchText(before);
        state.ResumeTiming();
        model->setSearchText(after);
        state.PauseTiming();
        state.counters["rows"] = model->rowCount();
        model->setSearchText({});
        state.ResumeTiming();
    }
}

void clearSearch(benchmark::State& state) {
    auto model = freshModel(state);
    if (!model) return;
    model->sort(C::Name, Qt::AscendingOrder);
    for (auto _ : state) {
        state.PauseTiming();
        model->setSearchText(QStringLiteral("wat"));
        state.ResumeTiming();
        model->setSearchText({});
    }
}

void columns(benchmark::internal::Benchmark* b) {
    for (int column = 0; column < C::Count; ++column)
        b->Arg(column);
}

} // namespace

BENCHMARK(setCustomers)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(firstSort)->Apply(columns)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(reverseSort)->Apply(columns)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(firstKeystroke)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(extendingKeystroke)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(clearSearch)->Unit(benchmark::kMillisecond)->Iterations(10);

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv); // QLocale and QString need no more
    benchmark::Initialize(&argc, argv);
    if (!std::getenv("TENURE_BENCH_STORE"))
        std::fprintf(stderr, "TENURE_BENCH_STORE is not set: every benchmark is skipped. Example:\n"
                             "  TENURE_BENCH_STORE=/tmp/ui1m.sqlite tests/bench/accounts_bench\n");
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
