#pragma once

#include "riskfeatures.h"

#include <cstdint>
#include <vector>

namespace tenure::metrics {

// Gradient-boosted decision trees for log loss (second-order, as in XGBoost): each tree is
// grown level by level on quantile-binned features from gradient histograms, split by the
// regularised gain, its leaves shrunk. No sampling: the same data gives the same model.
struct BoostOptions {
    int rounds = 200;
    int depth = 3;
    double shrinkage = 0.1;
    double lambda = 1.0;     // L2 on leaf values
    double minHessian = 1.0; // least sum of p(1 − p) in a child
    int bins = 32;           // thresholds per feature ≤ bins − 1
};

struct TreeNode {
    int feature = -1;     // −1: a leaf
    double threshold = 0; // x < threshold goes left
    int left = -1;
    int right = -1;
    double value = 0; // the node's shrunk Newton value; a leaf's is its output
};

struct BoostedTrees {
    double base = 0; // log-odds of the training churn rate
    std::vector<std::vector<TreeNode>> trees;

    // With `treeCount` < 0: all trees.
    double logit(const double* x, int treeCount = -1) const;
    // Path contributions (Saabas): each split's change of the node value goes to its feature;
    // logit = base + sum of root values + sum of contributions.
    void contributions(const double* x, double* perFeature) const;
    double rootSum() const;
};

BoostedTrees fitBoostedTrees(const Matrix& x, const std::vector<double>& y, const BoostOptions& options = {});

} // namespace tenure::metrics
