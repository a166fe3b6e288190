#include "boostedtrees.h"

#include "logistic.h"

#include <algorithm>
#include <cmath>

namespace tenure::metrics {

namespace {

struct Binned {
    std::vector<std::vector<double>> thresholds; // per feature, ascending
    std::vector<uint8_t> bins;                   // row-major, rows × cols
    size_t cols = 0;
};

Binned binFeatures(const Matrix& x, int maxBins) {
    Binned b;
    b.cols = x.cols;
    b.thresholds.resize(x.cols);
    std::vector<double> values;
    for (size_t j = 0; j < x.cols; ++j) {
        values.resize(x.rows);
        for (size_t i = 0; i < x.rows; ++i)
            values[i] = x.row(i)[j];
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
        auto& t = b.thresholds[j];
        if (values.size() <= static_cast<size_t>(maxBins)) {
            for (size_t k = 1; k < values.size(); ++k)
                t.push_back(0.5 * (values[k - 1] + values[k]));
        } else {
            for (int k = 1; k < maxBins; ++k) {
                const size_t at = values.size() * static_cast<size_t>(k) / static_cast<size_t>(maxBins);
                const double cut = 0.5 * (values[at - 1] + values[at]);
                if (t.empty() || cut > t.back()) t.push_back(cut);
            }
        }
    }
    b.bins.resize(x.rows * x.cols);
    for (size_t i = 0; i < x.rows; ++i)
        for (size_t j = 0; j < x.cols; ++j) {
            const auto& t = b.thresholds[j];
            b.bins[i * x.cols + j] =
                static_cast<uint8_t>(std::upper_bound(t.begin(), t.end(), x.row(i)[j]) - t.begin());
        }
    return b;
}

struct Split {
    double gain = 0;
    int feature = -1;
    int bin = 0; // left: bins < bin
    double gl = 0, hl = 0;
};

double newton(double g, double h, double lambda) {
    return -g / (h + lambda);
}

} // namespace

double BoostedTrees::logit(const double* x, int treeCount) const {
    double z = base;
    const size_t count =
        treeCount < 0 ? trees.size() : std::min(trees.size(), static_cast<size_t>(treeCount));
    for (size_t t = 0; t < count; ++t) {
        const auto& tree = trees[t];
        int n = 0;
        while (tree[static_cast<size_t>(n)].feature >= 0) {
            const TreeNode& node = tree[static_cast<size_t>(n)];
            n = x[node.feature] < node.threshold ? node.left : node.right;
        }
        z += tree[static_cast<size_t>(n)].value;
    }
    return z;
}

void BoostedTrees::contributions(const double* x, double* perFeature) const {
    for (const auto& tree : trees) {
        int n = 0;
        while (tree[static_cast<size_t>(n)].feature >= 0) {
            const TreeNode& node = tree[static_cast<size_t>(n)];
            const int next = x[node.feature] < node.threshold ? node.left : node.right;
            perFeature[node.feature] += tree[static_cast<size_t>(next)].value - node.value;
            n = next;
        }
    }
}

double BoostedTrees::rootSum() const {
    double s = 0;
    for (const auto& tree : trees)
        s += tree.front().value;
    return s;
}

BoostedTrees fitBoostedTrees(const Matrix& x, const std::vector<double>& y, const BoostOptions& options) {
    BoostedTrees model;
    const size_t n = x.rows;
    const size_t p = x.cols;
    double mean = 0;
    for (double v : y)
        mean += v;
    mean = std::clamp(n ? mean / static_cast<double>(n) : 0.5, 1e-6, 1 - 1e-6);
    model.base = std::log(mean / (1 - mean));
    if (n == 0) return model;
    const Binned binned = binFeatures(x, std::clamp(options.bins, 2, 256));
    // Histogram layout: feature j's bins start at offset[j]; (g, h) interleaved.
    std::vector<size_t> offset(p + 1, 0);
    for (size_t j = 0; j < p; ++j)
        offset[j + 1] = offset[j] + binned.thresholds[j].size() + 1;
    const size_t width = 2 * offset[p];
    std::vector<double> z(n, model.base), g(n), h(n);
    std::vector<int> nodeOf(n);
    // Adds the rows of the nodes with a slot ≥ 0 into hists[slot].
    const auto accumulate = [&](const std::vector<int>& slotOf, std::vector<std::vector<double>*>& hists) {
        for (size_t i = 0; i < n; ++i) {
            const int slot = slotOf[static_cast<size_t>(nodeOf[i])];
            if (slot < 0) continue;
            const uint8_t* b = &binned.bins[i * p];
            double* hist = hists[static_cast<size_t>(slot)]->data();
            for (size_t j = 0; j < p; ++j) {
                double* cell = hist + 2 * (offset[j] + b[j]);
                cell[0] += g[i];
                cell[1] += h[i];
            }
        }
    };
    for (int round = 0; round < options.rounds; ++round) {
        double G = 0, H = 0;
        for (size_t i = 0; i < n; ++i) {
            const double prob = sigmoid(z[i]);
            g[i] = prob - y[i];
            h[i] = std::max(prob * (1 - prob), 1e-12);
            G += g[i];
            H += h[i];
        }
        std::vector<TreeNode> tree(1);
        tree[0].value = options.shrinkage * newton(G, H, options.lambda);
        std::vector<std::pair<double, double>> sums{{G, H}}; // per node
        std::vector<int> splitBin{0};                        // per node: left when bin < it
        std::vector<std::vector<double>> hist(1, std::vector<double>(width, 0.0));
        std::fill(nodeOf.begin(), nodeOf.end(), 0);
        {
            std::vector<int> slotOf{0};
            std::vector<std::vector<double>*> targets{&hist[0]};
            accumulate(slotOf, targets);
        }
        std::vector<int> level{0};
        for (int d = 0; d < options.depth && !level.empty(); ++d) {
            std::vector<int> nextLevel;
            for (const int node : level) {
                const auto [NG, NH] = sums[static_cast<size_t>(node)];
                const double parentScore = NG * NG / (NH + options.lambda);
                const double* nodeHist = hist[static_cast<size_t>(node)].data();
                Split best;
                for (size_t j = 0; j < p; ++j) {
                    double gl = 0, hl = 0;
                    for (size_t k = 1; k < offset[j + 1] - offset[j]; ++k) {
                        gl += nodeHist[2 * (offset[j] + k - 1)];
                        hl += nodeHist[2 * (offset[j] + k - 1) + 1];
                        const double gr = NG - gl, hr = NH - hl;
                        if (hl < options.minHessian || hr < options.minHessian) continue;
                        const double gain =
                            gl * gl / (hl + options.lambda) + gr * gr / (hr + options.lambda) - parentScore;
                        if (gain > best.gain + 1e-12)
                            best = {gain, static_cast<int>(j), static_cast<int>(k), gl, hl};
                    }
                }
                if (best.feature < 0) continue;
                TreeNode left, right;
                left.value = options.shrinkage * newton(best.gl, best.hl, options.lambda);
                right.value = options.shrinkage * newton(NG - best.gl, NH - best.hl, options.lambda);
                TreeNode& parent = tree[static_cast<size_t>(node)];
                parent.feature = best.feature;
                parent.threshold =
                    binned.thresholds[static_cast<size_t>(best.feature)][static_cast<size_t>(best.bin - 1)];
                parent.left = static_cast<int>(tree.size());
                parent.right = parent.left + 1;
                splitBin[static_cast<size_t>(node)] = best.bin;
                splitBin.insert(splitBin.end(), {0, 0});
                sums.push_back({best.gl, best.hl});
                sums.push_back({NG - best.gl, NH - best.hl});
                nextLevel.push_back(parent.left);
                nextLevel.push_back(parent.right);
                tree.push_back(left);
                tree.push_back(right);
            }
            // Route the rows of the nodes just split, counting each child's rows.
            std::vector<size_t> count(tree.size(), 0);
            for (size_t i = 0; i < n; ++i) {
                const size_t at = static_cast<size_t>(nodeOf[i]);
                const TreeNode& node = tree[at];
                if (node.feature >= 0 && node.left >= static_cast<int>(at)) {
                    nodeOf[i] = binned.bins[i * p + static_cast<size_t>(node.feature)] < splitBin[at]
                                    ? node.left
                                    : node.right;
                    ++count[static_cast<size_t>(nodeOf[i])];
                }
            }
            hist.resize(tree.size());
            if (d + 1 < options.depth) {
                // Histograms of the smaller child of each split by one pass; its sibling's by
                // subtraction from the parent's.
                std::vector<int> slotOf(tree.size(), -1);
                std::vector<std::vector<double>*> targets;
                for (size_t s = 0; s + 1 < nextLevel.size(); s += 2) {
                    const auto l = static_cast<size_t>(nextLevel[s]),
                               r = static_cast<size_t>(nextLevel[s + 1]);
                    const size_t small = count[l] <= count[r] ? l : r;
                    hist[small].assign(width, 0.0);
                    slotOf[small] = static_cast<int>(targets.size());
                    targets.push_back(&hist[small]);
                }
                accumulate(slotOf, targets);
                for (size_t s = 0; s + 1 < nextLevel.size(); s += 2) {
                    const auto l = static_cast<size_t>(nextLevel[s]),
                               r = static_cast<size_t>(nextLevel[s + 1]);
                    const size_t small = count[l] <= count[r] ? l : r, large = small == l ? r : l;
                    // The parent: the node whose left child is l.
                    size_t parent = 0;
                    while (tree[parent].left != static_cast<int>(l))
                        ++parent;
                    hist[large] = hist[parent];
                    for (size_t k = 0; k < width; ++k)
                        hist[large][k] -= hist[small][k];
                }
            }
            level = std::move(nextLevel);
        }
        for (size_t i = 0; i < n; ++i)
            z[i] += tree[static_cast<size_t>(nodeOf[i])].value;
        model.trees.push_back(std::move(tree));
    }
    return model;
}

} // namespace tenure::metrics
