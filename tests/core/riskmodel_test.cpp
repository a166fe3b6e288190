// The churn-risk model: encoding, logistic regression, boosted trees, ROC AUC, and the IBM
// Telco benchmark against a plain L2 logistic regression on a fixed random split.
#include "io/importer.h"
#include "metrics/auc.h"
#include "metrics/boostedtrees.h"
#include "metrics/logistic.h"
#include "metrics/riskfeatures.h"
#include "metrics/riskmodel.h"
#include "reports/riskreport.h"

#include "testsupport.h"

#include <QFile>

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>
#include <sstream>
#include <stdexcept>

namespace tenure {
namespace {

using namespace metrics;

RiskColumn numeric(std::string name, std::vector<double> values) {
    RiskColumn c;
    c.name = std::move(name);
    c.numbers = std::move(values);
    return c;
}

RiskColumn categorical(std::string name, std::vector<std::string> values) {
    RiskColumn c;
    c.name = std::move(name);
    c.categorical = true;
    c.labels = std::move(values);
    return c;
}

std::vector<size_t> allRows(size_t n) {
    std::vector<size_t> rows(n);
    for (size_t i = 0; i < n; ++i)
        rows[i] = i;
    return rows;
}

// --- ROC AUC --------------------------------------------------------------------------------

TEST(RiskAuc, HandCases) {
    EXPECT_DOUBLE_EQ(*rocAuc({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1}), 0.75);
    EXPECT_DOUBLE_EQ(*rocAuc({1, 2, 3, 4}, {0, 0, 1, 1}), 1.0);
    EXPECT_DOUBLE_EQ(*rocAuc({4, 3, 2, 1}, {0, 0, 1, 1}), 0.0);
    // All tied: every pair counts half.
    EXPECT_DOUBLE_EQ(*rocAuc({5, 5, 5, 5}, {0, 1, 0, 1}), 0.5);
    // One tie between a positive and a negative: (1 + 0.5 + 1 + 1) / 4 pairs… by hand:
    // positives 0.5 and 0.9, negatives 0.5 and 0.1 → pairs (0.5,0.5)=½, (0.5,0.1)=1, (0.9,·)=2.
    EXPECT_DOUBLE_EQ(*rocAuc({0.5, 0.9, 0.5, 0.1}, {1, 1, 0, 0}), 3.5 / 4);
    EXPECT_FALSE(rocAuc({0.1, 0.2}, {1, 1}).has_value());
    EXPECT_FALSE(rocAuc({}, {}).has_value());
}

// --- Encoding -------------------------------------------------------------------------------

TEST(RiskFeatures, StandardisesImputesAndOneHots) {
    RiskTable t;
    t.rows = 5;
    t.columns.push_back(numeric("mrr", {10, 20, 30, missingNumber, 40}));
    t.columns.push_back(categorical("plan", {"a", "b", "a", "", "c"}));
    t.columns.push_back(numeric("flat", {1, 1, 1, 1, 1}));
    // Trained on the first four rows: plan "c" is unseen, like the missing one → other.
    const FeatureEncoder e = FeatureEncoder::fit(t, {0, 1, 2, 3}, {30, 1, 0});
    ASSERT_EQ(e.width(), 5u); // mrr, mrr missing, plan=a, plan=b, plan other; "flat" is dropped
    EXPECT_EQ(e.features()[0].kind, EncodedFeature::Kind::Numeric);
    EXPECT_DOUBLE_EQ(e.features()[0].mean, 20);
    EXPECT_DOUBLE_EQ(e.features()[0].scale, std::sqrt(200.0 / 3));
    EXPECT_EQ(e.features()[1].kind, EncodedFeature::Kind::MissingIndicator);
    EXPECT_EQ(e.features()[2].level, "a");
    EXPECT_EQ(e.features()[3].level, "b");
    EXPECT_EQ(e.features()[4].kind, EncodedFeature::Kind::OtherLevel);
    const Matrix m = e.transform(t, allRows(5));
    const double sd = std::sqrt(200.0 / 3);
    const std::vector<std::vector<double>> expected{{-10 / sd, 0, 1, 0, 0},
                                                    {0, 0, 0, 1, 0},
                                                    {10 / sd, 0, 1, 0, 0},
                                                    {0, 1, 0, 0, 1},
                                                    {20 / sd, 0, 0, 0, 1}};
    for (size_t i = 0; i < 5; ++i)
        for (size_t j = 0; j < 5; ++j)
            EXPECT_NEAR(m.row(i)[j], expected[i][j], 1e-12) << i << "," << j;
}

TEST(RiskFeatures, QuantileBinsOneHot) {
    RiskTable t;
    t.rows = 8;
    t.columns.push_back(numeric("x", {1, 2, 3, 4, 5, 6, 7, 8}));
    const FeatureEncoder e = FeatureEncoder::fit(t, allRows(8), {30, 1, 4});
    ASSERT_EQ(e.width(), 5u); // the standardised value and four bins
    const Matrix m = e.transform(t, allRows(8));
    for (size_t i = 0; i < 8; ++i) {
        double ones = 0;
        for (size_t j = 1; j < 5; ++j)
            ones += m.row(i)[j];
        EXPECT_EQ(ones, 1.0);
        EXPECT_EQ(m.row(i)[1 + i / 2], 1.0) << i;
    }
}

// --- Logistic regression --------------------------------------------------------------------

TEST(RiskLogistic, MatchesKnownCoefficients) {
    // Non-separable: two groups with churn rates 1/4 and 3/4, unpenalised (lambda ~ 0): the
    // maximum-likelihood intercept is log(1/3) and the slope log(9).
    Matrix x{8, 1, {0, 0, 0, 0, 1, 1, 1, 1}};
    const std::vector<double> y{1, 0, 0, 0, 1, 1, 1, 0};
    const LogisticModel m = fitLogistic(x, y, {1e-10});
    EXPECT_NEAR(m.intercept, std::log(1.0 / 3), 1e-6);
    EXPECT_NEAR(m.weights[0], std::log(9.0), 1e-6);
    // With lambda = 1 the slope shrinks; the gradient is then zero: sum(p − y) = 0 and
    // sum((p − y) x) + w = 0.
    const LogisticModel r = fitLogistic(x, y, {1.0});
    double g0 = 0, g1 = r.weights[0];
    for (size_t i = 0; i < 8; ++i) {
        const double p = sigmoid(r.logit(x.row(i)));
        g0 += p - y[i];
        g1 += (p - y[i]) * x.row(i)[0];
    }
    EXPECT_NEAR(g0, 0, 1e-8);
    EXPECT_NEAR(g1, 0, 1e-8);
    EXPECT_LT(r.weights[0], std::log(9.0));
    EXPECT_GT(r.weights[0], 0);
}

TEST(RiskLogistic, SeparableDataStaysFinite) {
    Matrix x{6, 1, {-3, -2, -1, 1, 2, 3}};
    const std::vector<double> y{0, 0, 0, 1, 1, 1};
    const LogisticModel m = fitLogistic(x, y, {1.0});
    EXPECT_TRUE(std::isfinite(m.weights[0]));
    EXPECT_GT(m.weights[0], 0.5);
    EXPECT_NEAR(m.intercept, 0, 1e-8); // symmetric data
    // Known optimum: symmetric, so b = 0 and w solves sum((sigmoid(w x) − y) x) + w = 0.
    double g = m.weights[0];
    for (size_t i = 0; i < 6; ++i)
        g += (sigmoid(m.logit(x.row(i))) - y[i]) * x.row(i)[0];
    EXPECT_NEAR(g, 0, 1e-8);
}

// --- Boosted trees --------------------------------------------------------------------------

TEST(RiskTrees, LearnsAStepAndAttributesIt) {
    // Churn depends only on x0 > 0.5; x1 is noise.
    Matrix x{200, 2, {}};
    std::vector<double> y;
    std::mt19937 random(7);
    for (size_t i = 0; i < 200; ++i) {
        const double a = static_cast<double>(i % 20) / 20.0, b = static_cast<double>(random() % 100) / 100.0;
        x.data.insert(x.data.end(), {a, b});
        y.push_back(a > 0.5 ? 1 : 0);
    }
    const BoostedTrees t = fitBoostedTrees(x, y, {50, 2, 0.3, 1.0, 1.0, 16});
    const double high[2]{0.9, 0.5}, low[2]{0.1, 0.5};
    EXPECT_GT(sigmoid(t.logit(high)), 0.9);
    EXPECT_LT(sigmoid(t.logit(low)), 0.1);
    double c[2]{0, 0};
    t.contributions(high, c);
    EXPECT_NEAR(t.base + t.rootSum() + c[0] + c[1], t.logit(high), 1e-9);
    EXPECT_GT(c[0], 1.0);
    EXPECT_LT(std::abs(c[1]), 0.05);
}

// --- The report's dataset ------------------------------------------------------------------

TEST(RiskDataset, LabelsRecencyAndAttributeKinds) {
    reports::RiskInputs in;
    const auto customer = [](int64_t id, int64_t signup, int64_t churn) {
        store::RiskCustomer c;
        c.id = id;
        c.key = QString::number(id);
        c.signupDay = signup;
        c.churnDay = churn;
        return c;
    };
    // Dated data (no churned flags): the data's last day is 1,000.
    in.customers = {customer(1, 100, 500), customer(2, 100, noDay), customer(3, 950, noDay)};
    in.events = {{1, 4, 480, 0}, {2, 9, 1000, 0}};
    // "score": 2 of 3 non-empty values are numbers (< 95 %): categorical. "seats": numeric.
    in.attributes = {{1, QStringLiteral("score"), QStringLiteral("7")},
                     {2, QStringLiteral("score"), QStringLiteral("high")},
                     {3, QStringLiteral("score"), QStringLiteral("8")},
                     {1, QStringLiteral("seats"), QStringLiteral("3")},
                     {2, QStringLiteral("seats"), QString()}};
    std::sort(in.attributes.begin(), in.attributes.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    const reports::RiskDataset d = reports::buildRiskDataset(in);
    EXPECT_EQ(d.labels, (std::vector<int>{1, 0, -1})); // churned; active 900 days; too new to tell
    EXPECT_EQ(d.active, (std::vector<bool>{false, true, true}));
    const auto column = [&](const std::string& name) -> const RiskColumn& {
        for (const RiskColumn& c : d.table.columns)
            if (c.name == name) return c;
        throw std::runtime_error(name);
    };
    // Recency to the churn day for the churned customer, to the last day for the others.
    EXPECT_EQ(column("days_since_last_event").numbers[0], 20);
    EXPECT_EQ(column("days_since_last_event").numbers[1], 0);
    EXPECT_TRUE(std::isnan(column("days_since_last_event").numbers[2]));
    EXPECT_EQ(column("events").numbers[2], 0);
    EXPECT_NEAR(column("tenure_months").numbers[0], 400 / 30.4375, 1e-9);
    EXPECT_TRUE(column("score").categorical);
    EXPECT_EQ(column("score").labels[1], "high");
    EXPECT_FALSE(column("seats").categorical);
    EXPECT_EQ(column("seats").numbers[0], 3);
    EXPECT_TRUE(std::isnan(column("seats").numbers[1]));
}

// --- IBM Telco ------------------------------------------------------------------------------

// The Telco file as lines: its header and data rows (it has no quoted fields).
struct TelcoFile {
    std::vector<std::string> header;
    std::vector<std::string> lines; // data rows, as in the file
    std::vector<std::vector<std::string>> cells;
};

std::vector<std::string> splitCommas(const std::string& line) {
    std::vector<std::string> out;
    std::stringstream s(line);
    std::string cell;
    while (std::getline(s, cell, ','))
        out.push_back(cell);
    if (!line.empty() && line.back() == ',') out.emplace_back();
    return out;
}

TelcoFile readTelco() {
    TelcoFile t;
    QFile f(test::sharedData(QStringLiteral("telco/Telco-Customer-Churn.csv")));
    if (!f.open(QIODevice::ReadOnly)) return t;
    std::stringstream all(f.readAll().toStdString());
    std::string line;
    while (std::getline(all, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        if (t.header.empty()) {
            t.header = splitCommas(line);
            continue;
        }
        t.lines.push_back(line);
        t.cells.push_back(splitCommas(line));
    }
    return t;
}

// A fixed random split: 5,000 training rows, the other 2,043 held out.
std::vector<size_t> telcoOrder(size_t n) {
    std::vector<size_t> order = allRows(n);
    std::mt19937 random(2024);
    for (size_t i = n; i > 1; --i)
        std::swap(order[i - 1], order[random() % i]);
    return order;
}

// Every column but the id and the flag; numbers where the file has numbers.
RiskTable telcoTable(const TelcoFile& f) {
    RiskTable t;
    t.rows = f.cells.size();
    for (size_t c = 0; c < f.header.size(); ++c) {
        const std::string& name = f.header[c];
        if (name == "customerID" || name == "Churn") continue;
        const bool isNumber =
            name == "SeniorCitizen" || name == "tenure" || name == "MonthlyCharges" || name == "TotalCharges";
        RiskColumn col;
        col.name = name;
        col.categorical = !isNumber;
        for (const auto& row : f.cells) {
            const std::string v = row[c] == " " ? std::string() : row[c];
            if (isNumber)
                col.numbers.push_back(v.empty() ? missingNumber : std::stod(v));
            else
                col.labels.push_back(v);
        }
        t.columns.push_back(std::move(col));
    }
    return t;
}

// The benchmark: 5,000 customers imported with their churn flag, 2,043 imported
// without it (active, every other column a custom attribute); the product's model must rank
// the 2,043 at least as well as a plain L2 logistic regression over all columns (one-hot and
// standardised, lambda = 1, i.e. C = 1) trained on the same 5,000.
TEST(RiskTelco, ProductModelRanksTheHeldOutCustomersAtLeastAsWellAsTheBaseline) {
    const TelcoFile f = readTelco();
    ASSERT_EQ(f.lines.size(), 7043u);
    size_t churnColumn = 0;
    while (f.header[churnColumn] != "Churn")
        ++churnColumn;
    ASSERT_EQ(churnColumn + 1, f.header.size()); // the last column: dropping it is cutting a line's tail
    const std::vector<size_t> order = telcoOrder(f.lines.size());
    const std::vector<size_t> train(order.begin(), order.begin() + 5000),
        held(order.begin() + 5000, order.end());

    // Baseline, straight from the file.
    const RiskTable table = telcoTable(f);
    std::vector<double> y;
    for (size_t r : train)
        y.push_back(f.cells[r][churnColumn] == "Yes" ? 1 : 0);
    std::vector<int> truth;
    for (size_t r : held)
        truth.push_back(f.cells[r][churnColumn] == "Yes" ? 1 : 0);
    const FeatureEncoder e = FeatureEncoder::fit(table, train);
    const LogisticModel baseline = fitLogistic(e.transform(table, train), y, {1.0});
    const Matrix xh = e.transform(table, held);
    std::vector<double> baselineScores;
    for (size_t i = 0; i < xh.rows; ++i)
        baselineScores.push_back(baseline.logit(xh.row(i)));
    const double baselineAuc = *rocAuc(baselineScores, truth);

    // The product: two imports into a store, then the risk report.
    test::TempStore t;
    std::string known, unknown;
    for (size_t c = 0; c < f.header.size(); ++c) {
        known += (c ? "," : "") + f.header[c];
        if (c != churnColumn) unknown += (c ? "," : "") + f.header[c];
    }
    known += "\n";
    unknown += "\n";
    for (size_t r : train)
        known += f.lines[r] + "\n";
    for (size_t r : held)
        unknown += f.lines[r].substr(0, f.lines[r].rfind(',')) + "\n";
    for (const auto& [name, text] : {std::pair{"known.csv", &known}, std::pair{"unknown.csv", &unknown}}) {
        io::ImportOptions o;
        o.kind = QStringLiteral("customers");
        o.file = t.writeFile(QString::fromLatin1(name), *text);
        const io::ImportSummary s = io::importCsv(*t.store, o);
        ASSERT_TRUE(s.ok()) << s.error.toStdString();
    }
    EXPECT_EQ(t.scalar("SELECT count(*) FROM customers WHERE churned IS NULL"), 2043);
    const auto report = reports::computeRiskReport(*t.store);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report->trainingCustomers, 5000);
    std::map<QString, double> probability;
    for (const reports::RiskRow& row : report->rows)
        probability[row.customerKey] = row.probability;
    std::vector<double> productScores;
    for (size_t r : held) {
        const auto at = probability.find(QString::fromStdString(f.cells[r][0]));
        ASSERT_NE(at, probability.end()) << f.cells[r][0];
        productScores.push_back(at->second);
    }
    const double productAuc = *rocAuc(productScores, truth);
    std::printf("Telco held-out ROC AUC: baseline (L2 logistic regression, C = 1) %.4f, product (%s, "
                "cross-validated %.4f) %.4f\n",
                baselineAuc, riskModelKindName(report->kind), report->cvAuc, productAuc);
    for (const CandidateScore& c : report->candidates)
        std::printf("  candidate %s: cross-validated AUC %.4f%s\n", riskModelKindName(c.kind), c.cvAuc,
                    c.rounds ? (", " + std::to_string(c.rounds) + " trees").c_str() : "");
    EXPECT_GE(baselineAuc, 0.80);
    EXPECT_LE(baselineAuc, 0.88);
    EXPECT_GE(productAuc, baselineAuc);

    // Factors name source columns; Contract is among the strongest on this data.
    bool contract = false;
    for (const reports::RiskRow& row : report->rows) {
        EXPECT_LE(row.up.size(), 3u);
        EXPECT_LE(row.down.size(), 3u);
        for (const auto& factor : row.up) {
            EXPECT_GT(factor.effect, 0);
            contract = contract || factor.column == QStringLiteral("Contract");
        }
        for (const auto& factor : row.down)
            EXPECT_LT(factor.effect, 0);
    }
    EXPECT_TRUE(contract);
}

} // namespace
} // namespace tenure
