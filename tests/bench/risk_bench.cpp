// Training time of the churn-risk model on synthetic customers shaped like the IBM Telco file
// (17 columns: 4 numeric with some missing, 13 categorical): cross-validated choice among the
// candidates plus the final fit, as `tenure-cli report risk` does at every run.
// Usage: risk_bench [CUSTOMERS] (default 100,000). Goal: under 10 s for 100,000.
#include "metrics/auc.h"
#include "metrics/riskmodel.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>

using namespace tenure::metrics;

namespace {

RiskTable synthetic(size_t n, std::vector<int>& labels) {
    std::mt19937 random(42);
    std::uniform_real_distribution<double> unit(0, 1);
    RiskTable t;
    t.rows = n;
    const auto numeric = [&](const char* name) {
        RiskColumn c;
        c.name = name;
        c.numbers.resize(n);
        t.columns.push_back(std::move(c));
        return t.columns.size() - 1;
    };
    const auto categorical = [&](const std::string& name) {
        RiskColumn c;
        c.name = name;
        c.categorical = true;
        c.labels.resize(n);
        t.columns.push_back(std::move(c));
        return t.columns.size() - 1;
    };
    const size_t tenure = numeric("tenure"), mrr = numeric("MonthlyCharges"), total = numeric("TotalCharges"),
                 senior = numeric("SeniorCitizen"), contract = categorical("Contract"),
                 payment = categorical("PaymentMethod"), internet = categorical("InternetService");
    std::vector<size_t> flags;
    for (int f = 0; f < 10; ++f)
        flags.push_back(categorical("flag" + std::to_string(f)));
    const char* contracts[] = {"Month-to-month", "One year", "Two year"};
    const char* payments[] = {"Electronic check", "Mailed check", "Bank transfer", "Credit card"};
    const char* internets[] = {"DSL", "Fiber optic", "No"};
    labels.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const double months = std::floor(72 * std::pow(unit(random), 1.3));
        const int c = static_cast<int>(random() % 3), p = static_cast<int>(random() % 4),
                  net = static_cast<int>(random() % 3);
        const double charge = 20 + 30 * net + 40 * unit(random);
        t.columns[tenure].numbers[i] = months;
        t.columns[mrr].numbers[i] = charge;
        t.columns[total].numbers[i] = unit(random) < 0.01 ? missingNumber : charge * months;
        t.columns[senior].numbers[i] = unit(random) < 0.16 ? 1 : 0;
        t.columns[contract].labels[i] = contracts[c];
        t.columns[payment].labels[i] = payments[p];
        t.columns[internet].labels[i] = internets[net];
        double z = -1.0 - 1.2 * std::log1p(months) / std::log(73.0) * 2 +
                   (c == 0   ? 1.2
                    : c == 1 ? 0
                             : -1.0) +
                   (p == 0 ? 0.5 : 0) + (net == 1 ? 0.6 : 0) + 0.3 * t.columns[senior].numbers[i];
        for (size_t f = 0; f < flags.size(); ++f) {
            const bool yes = unit(random) < 0.4;
            t.columns[flags[f]].labels[i] = yes ? "Yes" : "No";
            z += f < 3 && yes ? -0.3 : 0;
        }
        labels[i] = unit(random) < 1 / (1 + std::exp(-z)) ? 1 : 0;
    }
    return t;
}

} // namespace

int main(int argc, char** argv) {
    const size_t n = argc > 1 ? static_cast<size_t>(std::strtoull(argv[1], nullptr, 10)) : 100000;
    std::vector<int> labels;
    const RiskTable table = synthetic(n, labels);
    const std::clock_t cpuStart = std::clock();
    const auto start = std::chrono::steady_clock::now();
    const auto model = RiskModel::train(table, labels);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!model) {
        std::fprintf(stderr, "risk_bench: nothing to train on\n");
        return 1;
    }
    std::printf("risk_bench: %zu customers, %zu columns: trained in %.2f s (%.2f s of CPU; %s, "
                "cross-validated ROC AUC %.4f)\n",
                n, table.columns.size(), seconds, cpu, riskModelKindName(model->kind()),
                model->crossValidatedAuc());
    for (const CandidateScore& c : model->candidates())
        std::printf("  %s: %.4f\n", riskModelKindName(c.kind), c.cvAuc);
    return seconds < 10 ? 0 : 1;
}
