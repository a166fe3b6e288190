#include "logistic.h"

#include <algorithm>
#include <cmath>

namespace tenure::metrics {

namespace {

// log(1 + e^z) without overflow.
double softplus(double z) {
    return z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
}

// Solves a x = b for a symmetric positive definite `a` (n×n, row-major) by Cholesky; `a` is
// overwritten. Returns false when `a` is not positive definite.
bool solveCholesky(std::vector<double>& a, std::vector<double>& b, size_t n) {
    for (size_t j = 0; j < n; ++j) {
        double d = a[j * n + j];
        for (size_t k = 0; k < j; ++k)
            d -= a[j * n + k] * a[j * n + k];
        if (d <= 0) return false;
        d = std::sqrt(d);
        a[j * n + j] = d;
        for (size_t i = j + 1; i < n; ++i) {
            double s = a[i * n + j];
            for (size_t k = 0; k < j; ++k)
                s -= a[i * n + k] * a[j * n + k];
            a[i * n + j] = s / d;
        }
    }
    for (size_t i = 0; i < n; ++i) { // L y = b
        double s = b[i];
        for (size_t k = 0; k < i; ++k)
            s -= a[i * n + k] * b[k];
        b[i] = s / a[i * n + i];
    }
    for (size_t i = n; i-- > 0;) { // L^T x = y
        double s = b[i];
        for (size_t k = i + 1; k < n; ++k)
            s -= a[k * n + i] * b[k];
        b[i] = s / a[i * n + i];
    }
    return true;
}

// theta = (b, w1..wp).
double objective(const Matrix& x, const std::vector<double>& y, const std::vector<double>& theta,
                 double lambda) {
    double f = 0;
    for (size_t i = 0; i < x.rows; ++i) {
        const double* r = x.row(i);
        double z = theta[0];
        for (size_t j = 0; j < x.cols; ++j)
            z += theta[j + 1] * r[j];
        f += softplus(z) - y[i] * z;
    }
    for (size_t j = 1; j < theta.size(); ++j)
        f += 0.5 * lambda * theta[j] * theta[j];
    return f;
}

} // namespace

double sigmoid(double z) {
    return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z));
}

double LogisticModel::logit(const double* x) const {
    double z = intercept;
    for (size_t j = 0; j < weights.size(); ++j)
        z += weights[j] * x[j];
    return z;
}

LogisticModel fitLogistic(const Matrix& x, const std::vector<double>& y, const LogisticOptions& options) {
    const size_t n = x.cols + 1;
    std::vector<double> theta(n, 0.0);
    double mean = 0;
    for (double v : y)
        mean += v;
    mean = x.rows ? mean / static_cast<double>(x.rows) : 0.5;
    mean = std::clamp(mean, 1e-6, 1 - 1e-6);
    theta[0] = std::log(mean / (1 - mean));
    double f = objective(x, y, theta, options.lambda);
    LogisticModel model;
    std::vector<double> hessian(n * n), gradient(n), xi(n);
    for (int it = 0; it < options.maxIterations; ++it) {
        std::fill(hessian.begin(), hessian.end(), 0.0);
        std::fill(gradient.begin(), gradient.end(), 0.0);
        for (size_t i = 0; i < x.rows; ++i) {
            xi[0] = 1;
            std::copy(x.row(i), x.row(i) + x.cols, xi.begin() + 1);
            double z = 0;
            for (size_t j = 0; j < n; ++j)
                z += theta[j] * xi[j];
            const double p = sigmoid(z);
            const double w = std::max(p * (1 - p), 1e-12);
            for (size_t j = 0; j < n; ++j) {
                gradient[j] += (p - y[i]) * xi[j];
                const double wx = w * xi[j];
                if (wx == 0) continue;
                double* h = &hessian[j * n];
                for (size_t k = 0; k <= j; ++k)
                    h[k] += wx * xi[k];
            }
        }
        for (size_t j = 1; j < n; ++j) {
            gradient[j] += options.lambda * theta[j];
            hessian[j * n + j] += options.lambda;
        }
        hessian[0] += 1e-9; // keeps the intercept's pivot positive on separable data
        for (size_t j = 0; j < n; ++j)
            for (size_t k = 0; k < j; ++k)
                hessian[k * n + j] = hessian[j * n + k];
        std::vector<double> step = gradient;
        if (!solveCholesky(hessian, step, n)) break;
        // Step halving keeps every iteration a descent on the objective.
        double t = 1;
        std::vector<double> next(n);
        double fNext = f;
        for (int half = 0; half < 30; ++half, t *= 0.5) {
            for (size_t j = 0; j < n; ++j)
                next[j] = theta[j] - t * step[j];
            fNext = objective(x, y, next, options.lambda);
            if (fNext <= f) break;
        }
        model.iterations = it + 1;
        if (fNext > f) break;
        theta = next;
        const double decrease = f - fNext;
        f = fNext;
        if (decrease <= options.tolerance * std::max(1.0, std::abs(f))) break;
    }
    model.intercept = theta[0];
    model.weights.assign(theta.begin() + 1, theta.end());
    return model;
}

} // namespace tenure::metrics
