#include "riskmodel.h"

#include "auc.h"

#include <algorithm>
#include <map>
#include <random>

namespace tenure::metrics {

namespace {

// Fisher–Yates on mt19937's output: the same order on every platform (std::shuffle's is not).
void shuffle(std::vector<size_t>& v, std::mt19937& random) {
    for (size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[random() % i]);
}

std::vector<double> targets(const std::vector<int>& labels, const std::vector<size_t>& rows) {
    std::vector<double> y;
    y.reserve(rows.size());
    for (size_t r : rows)
        y.push_back(labels[r] == 1 ? 1.0 : 0.0);
    return y;
}

std::vector<int> outcomes(const std::vector<int>& labels, const std::vector<size_t>& rows) {
    std::vector<int> out;
    out.reserve(rows.size());
    for (size_t r : rows)
        out.push_back(labels[r]);
    return out;
}

std::vector<double> logitsOf(const LogisticModel& m, const Matrix& x) {
    std::vector<double> z(x.rows);
    for (size_t i = 0; i < x.rows; ++i)
        z[i] = m.logit(x.row(i));
    return z;
}

// Out-of-fold scores of every candidate, summed AUC over the folds.
struct FoldScores {
    double logistic = 0;
    double binned = 0;
    std::vector<double> trees; // per round choice
    std::vector<double> blend; // per round choice
};

void scoreFold(const RiskTable& table, const std::vector<int>& labels, const std::vector<size_t>& train,
               const std::vector<size_t>& valid, const RiskModelOptions& o, FoldScores& s) {
    const std::vector<double> y = targets(labels, train);
    const std::vector<int> truth = outcomes(labels, valid);
    const auto auc = [&](const std::vector<double>& z) { return rocAuc(z, truth).value_or(0.5); };
    const FeatureEncoder plain = FeatureEncoder::fit(table, train);
    const Matrix xt = plain.transform(table, train), xv = plain.transform(table, valid);
    s.logistic += auc(logitsOf(fitLogistic(xt, y, {o.lambda}), xv));
    const FeatureEncoder wide = FeatureEncoder::fit(table, train, {30, 5, o.bins});
    const std::vector<double> zb = logitsOf(fitLogistic(wide.transform(table, train), y, {o.binnedLambda}),
                                            wide.transform(table, valid));
    s.binned += auc(zb);
    BoostOptions bo = o.trees;
    bo.rounds =
        o.roundChoices.empty() ? bo.rounds : *std::max_element(o.roundChoices.begin(), o.roundChoices.end());
    const BoostedTrees trees = fitBoostedTrees(xt, y, bo);
    s.trees.resize(o.roundChoices.size());
    s.blend.resize(o.roundChoices.size());
    for (size_t c = 0; c < o.roundChoices.size(); ++c) {
        std::vector<double> zt(xv.rows), zm(xv.rows);
        for (size_t i = 0; i < xv.rows; ++i) {
            zt[i] = trees.logit(xv.row(i), o.roundChoices[c]);
            zm[i] = 0.5 * (zt[i] + zb[i]);
        }
        s.trees[c] += auc(zt);
        s.blend[c] += auc(zm);
    }
}

} // namespace

const char* riskModelKindName(RiskModelKind kind) {
    switch (kind) {
    case RiskModelKind::Logistic:
        return "logistic regression";
    case RiskModelKind::BinnedLogistic:
        return "logistic regression with binned numbers";
    case RiskModelKind::BoostedTrees:
        return "gradient-boosted trees";
    case RiskModelKind::Blend:
        return "blend of binned logistic regression and gradient-boosted trees";
    }
    return "";
}

std::optional<RiskModel> RiskModel::train(const RiskTable& table, const std::vector<int>& labels,
                                          const RiskModelOptions& o) {
    std::vector<size_t> positives, negatives;
    for (size_t r = 0; r < table.rows && r < labels.size(); ++r) {
        if (labels[r] == 1) positives.push_back(r);
        if (labels[r] == 0) negatives.push_back(r);
    }
    const size_t minority = std::min(positives.size(), negatives.size());
    if (minority < 2) return std::nullopt;

    // Stratified folds over a fixed shuffle; a fixed sample of large sets.
    std::mt19937 random(o.seed);
    shuffle(positives, random);
    shuffle(negatives, random);
    const size_t total = positives.size() + negatives.size();
    const double keep =
        std::min(1.0, static_cast<double>(o.maxCrossValidationRows) / static_cast<double>(total));
    const int folds = static_cast<int>(std::clamp<size_t>(static_cast<size_t>(o.folds), 2, minority));
    std::vector<std::vector<size_t>> fold(static_cast<size_t>(folds));
    for (const auto* group : {&positives, &negatives}) {
        const auto take = static_cast<size_t>(keep * static_cast<double>(group->size()));
        for (size_t i = 0; i < std::max<size_t>(take, static_cast<size_t>(folds)) && i < group->size(); ++i)
            fold[i % static_cast<size_t>(folds)].push_back((*group)[i]);
    }
    FoldScores s;
    for (size_t f = 0; f < fold.size(); ++f) {
        std::vector<size_t> train;
        for (size_t g = 0; g < fold.size(); ++g)
            if (g != f) train.insert(train.end(), fold[g].begin(), fold[g].end());
        std::sort(train.begin(), train.end());
        scoreFold(table, labels, train, fold[f], o, s);
    }
    RiskModel model;
    const double k = static_cast<double>(folds);
    const auto bestRounds = [&](const std::vector<double>& aucs) {
        const size_t at = static_cast<size_t>(std::max_element(aucs.begin(), aucs.end()) - aucs.begin());
        return std::pair{aucs.empty() ? 0.0 : aucs[at] / k,
                         aucs.empty() ? o.trees.rounds : o.roundChoices[at]};
    };
    for (RiskModelKind kind : o.candidates) {
        CandidateScore c{kind, 0, 0};
        if (kind == RiskModelKind::Logistic) c.cvAuc = s.logistic / k;
        if (kind == RiskModelKind::BinnedLogistic) c.cvAuc = s.binned / k;
        if (kind == RiskModelKind::BoostedTrees) std::tie(c.cvAuc, c.rounds) = bestRounds(s.trees);
        if (kind == RiskModelKind::Blend) std::tie(c.cvAuc, c.rounds) = bestRounds(s.blend);
        model.m_candidates.push_back(c);
    }
    const CandidateScore best =
        *std::max_element(model.m_candidates.begin(), model.m_candidates.end(),
                          [](const CandidateScore& a, const CandidateScore& b) { return a.cvAuc < b.cvAuc; });
    model.m_kind = best.kind;
    model.m_cvAuc = best.cvAuc;

    // The final fit on every labelled row.
    std::vector<size_t> all = positives;
    all.insert(all.end(), negatives.begin(), negatives.end());
    std::sort(all.begin(), all.end());
    model.m_trainingRows = all.size();
    const std::vector<double> y = targets(labels, all);
    const auto fitPart = [&](bool trees, int bins, double lambda) {
        Part part;
        part.encoder = FeatureEncoder::fit(table, all, {30, 5, bins});
        const Matrix x = part.encoder.transform(table, all);
        part.means.assign(x.cols, 0.0);
        for (size_t i = 0; i < x.rows; ++i)
            for (size_t j = 0; j < x.cols; ++j)
                part.means[j] += x.row(i)[j] / static_cast<double>(x.rows);
        part.isTrees = trees;
        if (trees) {
            BoostOptions bo = o.trees;
            bo.rounds = best.rounds;
            part.trees = fitBoostedTrees(x, y, bo);
        } else {
            part.logistic = fitLogistic(x, y, {lambda});
        }
        return part;
    };
    if (best.kind == RiskModelKind::Logistic) model.m_parts.push_back(fitPart(false, 0, o.lambda));
    if (best.kind == RiskModelKind::BinnedLogistic || best.kind == RiskModelKind::Blend)
        model.m_parts.push_back(fitPart(false, o.bins, o.binnedLambda));
    if (best.kind == RiskModelKind::BoostedTrees || best.kind == RiskModelKind::Blend)
        model.m_parts.push_back(fitPart(true, 0, 0));
    return model;
}

double RiskModel::logit(const RiskTable& table, size_t row) const {
    double z = 0;
    std::vector<double> x;
    for (const Part& part : m_parts) {
        x.assign(part.encoder.width(), 0.0);
        part.encoder.encode(table, row, x.data());
        z += part.isTrees ? part.trees.logit(x.data()) : part.logistic.logit(x.data());
    }
    return m_parts.empty() ? 0.0 : z / static_cast<double>(m_parts.size());
}

RiskScore RiskModel::score(const RiskTable& table, size_t row, size_t factors) const {
    RiskScore out;
    out.probability = sigmoid(logit(table, row));
    std::map<size_t, double> byColumn;
    std::vector<double> x, c;
    const double share = m_parts.empty() ? 0.0 : 1.0 / static_cast<double>(m_parts.size());
    for (const Part& part : m_parts) {
        x.assign(part.encoder.width(), 0.0);
        part.encoder.encode(table, row, x.data());
        c.assign(x.size(), 0.0);
        if (part.isTrees)
            part.trees.contributions(x.data(), c.data());
        else
            for (size_t j = 0; j < x.size(); ++j)
                c[j] = part.logistic.weights[j] * (x[j] - part.means[j]);
        for (size_t j = 0; j < c.size(); ++j)
            byColumn[part.encoder.features()[j].column] += share * c[j];
    }
    for (const auto& [column, effect] : byColumn) {
        if (effect > 1e-6) out.up.push_back({column, effect});
        if (effect < -1e-6) out.down.push_back({column, effect});
    }
    std::stable_sort(out.up.begin(), out.up.end(), [](auto& a, auto& b) { return a.effect > b.effect; });
    std::stable_sort(out.down.begin(), out.down.end(), [](auto& a, auto& b) { return a.effect < b.effect; });
    if (out.up.size() > factors) out.up.resize(factors);
    if (out.down.size() > factors) out.down.resize(factors);
    return out;
}

} // namespace tenure::metrics
