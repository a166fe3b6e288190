#pragma once

#include "riskfeatures.h"

#include <vector>

namespace tenure::metrics {

// L2-regularised logistic regression fitted by Newton's method (IRLS) with step halving:
// minimises sum(log(1 + e^z) - y z) + lambda/2 |w|^2, z = b + w.x; the intercept b is not
// penalised. Deterministic; lambda = 1 is scikit-learn's default C = 1.
struct LogisticOptions {
    double lambda = 1.0;
    int maxIterations = 100;
    double tolerance = 1e-9; // stop when the relative decrease of the objective is below it
};

struct LogisticModel {
    double intercept = 0;
    std::vector<double> weights;
    int iterations = 0;

    double logit(const double* x) const;
};

LogisticModel fitLogistic(const Matrix& x, const std::vector<double>& y, const LogisticOptions& options = {});

double sigmoid(double z);

} // namespace tenure::metrics
