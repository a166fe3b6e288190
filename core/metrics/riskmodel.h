#pragma once

#include "boostedtrees.h"
#include "logistic.h"
#include "riskfeatures.h"

#include <optional>
#include <string>
#include <vector>

namespace tenure::metrics {

// The churn-risk model of metrics.md: trained on the customers whose outcome is known, it
// gives any customer a probability of churning and the columns that push it up or down.
// Candidates, chosen by the mean ROC AUC of k-fold cross-validation on the training rows
// only (ties go to the simpler one):
//  - Logistic: L2 logistic regression over the encoded columns (the plain baseline);
//  - BinnedLogistic: the same plus one-hot quantile bins of every numeric column, so that a
//    non-linear effect (early tenure, say) fits without a hand-made feature;
//  - BoostedTrees: gradient-boosted trees of depth 3, rounds chosen by the same folds;
//  - Blend: the mean log-odds of BinnedLogistic and BoostedTrees.
enum class RiskModelKind { Logistic, BinnedLogistic, BoostedTrees, Blend };
const char* riskModelKindName(RiskModelKind kind);

struct RiskModelOptions {
    int folds = 5;
    size_t maxCrossValidationRows = 12000; // larger sets are cross-validated on a fixed sample
    double lambda = 1.0;                   // logistic
    double binnedLambda = 3.0;             // binned logistic: more columns, more shrinkage
    int bins = 6;                          // quantile bins per numeric column
    BoostOptions trees{200, 3, 0.1, 1.0, 2.0, 32};
    std::vector<int> roundChoices{25, 50, 75, 100, 150, 200};
    std::vector<RiskModelKind> candidates{RiskModelKind::Logistic, RiskModelKind::BinnedLogistic,
                                          RiskModelKind::BoostedTrees, RiskModelKind::Blend};
    unsigned seed = 20240601; // fold assignment
};

struct CandidateScore {
    RiskModelKind kind = RiskModelKind::Logistic;
    double cvAuc = 0;
    int rounds = 0; // trees: the rounds chosen
};

// A column's push on one customer's log-odds, against the training average.
struct RiskFactor {
    size_t column = 0;
    double effect = 0;
};

struct RiskScore {
    double probability = 0;
    std::vector<RiskFactor> up;   // largest first
    std::vector<RiskFactor> down; // most negative first
};

class RiskModel final {
public:
    // labels: 1 churned, 0 retained, −1 unknown (left out of training).
    static std::optional<RiskModel> train(const RiskTable& table, const std::vector<int>& labels,
                                          const RiskModelOptions& options = {});

    RiskModelKind kind() const { return m_kind; }
    double crossValidatedAuc() const { return m_cvAuc; }
    const std::vector<CandidateScore>& candidates() const { return m_candidates; }
    size_t trainingRows() const { return m_trainingRows; }

    double logit(const RiskTable& table, size_t row) const;
    RiskScore score(const RiskTable& table, size_t row, size_t factors = 3) const;

private:
    struct Part {
        FeatureEncoder encoder;
        LogisticModel logistic;
        BoostedTrees trees;
        bool isTrees = false;
        std::vector<double> means; // training means of the encoded features
    };
    RiskModelKind m_kind = RiskModelKind::Logistic;
    double m_cvAuc = 0;
    std::vector<CandidateScore> m_candidates;
    size_t m_trainingRows = 0;
    std::vector<Part> m_parts; // Blend: two, averaged in log-odds
};

} // namespace tenure::metrics
