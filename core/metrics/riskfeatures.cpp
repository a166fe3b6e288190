#include "riskfeatures.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace tenure::metrics {

namespace {

bool constantOver(const std::vector<double>& values) {
    return std::all_of(values.begin(), values.end(), [&](double v) { return v == values.front(); });
}

void addNumeric(const RiskColumn& c, size_t index, const std::vector<size_t>& rows,
                const EncoderOptions& options, std::vector<EncodedFeature>& out) {
    std::vector<double> present;
    present.reserve(rows.size());
    for (size_t r : rows)
        if (!std::isnan(c.numbers[r])) present.push_back(c.numbers[r]);
    if (present.empty()) return;
    double mean = 0;
    for (double v : present)
        mean += v;
    mean /= static_cast<double>(present.size());
    double var = 0;
    for (double v : present)
        var += (v - mean) * (v - mean);
    const double sd = std::sqrt(var / static_cast<double>(present.size()));
    if (sd > 1e-12) out.push_back({EncodedFeature::Kind::Numeric, index, {}, {}, mean, sd, 0, 0});
    if (present.size() < rows.size())
        out.push_back({EncodedFeature::Kind::MissingIndicator, index, {}, {}, 0, 1, 0, 0});
    if (options.bins < 2 || sd <= 1e-12) return;
    std::sort(present.begin(), present.end());
    std::vector<double> edges;
    for (int b = 1; b < options.bins; ++b) {
        const double q = present[present.size() * static_cast<size_t>(b) / static_cast<size_t>(options.bins)];
        if ((edges.empty() || q > edges.back()) && q > present.front()) edges.push_back(q);
    }
    if (edges.empty()) return;
    double low = -std::numeric_limits<double>::infinity();
    for (size_t e = 0; e <= edges.size(); ++e) {
        const double high = e < edges.size() ? edges[e] : std::numeric_limits<double>::infinity();
        out.push_back({EncodedFeature::Kind::Bin, index, {}, {}, 0, 1, low, high});
        low = high;
    }
}

void addCategorical(const RiskColumn& c, size_t index, const std::vector<size_t>& rows,
                    const EncoderOptions& options, std::vector<EncodedFeature>& out) {
    std::map<std::string, size_t> counts;
    for (size_t r : rows)
        if (!c.labels[r].empty()) ++counts[c.labels[r]];
    std::vector<std::pair<std::string, size_t>> levels(counts.begin(), counts.end());
    std::stable_sort(levels.begin(), levels.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    EncodedFeature other{EncodedFeature::Kind::OtherLevel, index, {}, {}, 0, 1, 0, 0};
    for (const auto& [level, count] : levels) {
        if (other.knownLevels.size() == options.maxLevels || count < options.minLevelCount) break;
        out.push_back({EncodedFeature::Kind::Level, index, level, {}, 0, 1, 0, 0});
        other.knownLevels.push_back(level);
    }
    std::sort(other.knownLevels.begin(), other.knownLevels.end());
    out.push_back(std::move(other));
}

} // namespace

FeatureEncoder FeatureEncoder::fit(const RiskTable& table, const std::vector<size_t>& rows,
                                   const EncoderOptions& options) {
    FeatureEncoder candidate;
    for (size_t c = 0; c < table.columns.size(); ++c) {
        if (table.columns[c].categorical)
            addCategorical(table.columns[c], c, rows, options, candidate.m_features);
        else
            addNumeric(table.columns[c], c, rows, options, candidate.m_features);
    }
    // Leave out what does not vary over the training rows (an unused level, an all-zero bin).
    const Matrix m = candidate.transform(table, rows);
    FeatureEncoder encoder;
    std::vector<double> values(m.rows);
    for (size_t j = 0; j < m.cols; ++j) {
        for (size_t i = 0; i < m.rows; ++i)
            values[i] = m.row(i)[j];
        if (!values.empty() && !constantOver(values)) encoder.m_features.push_back(candidate.m_features[j]);
    }
    return encoder;
}

void FeatureEncoder::encode(const RiskTable& table, size_t row, double* out) const {
    for (size_t j = 0; j < m_features.size(); ++j) {
        const EncodedFeature& f = m_features[j];
        const RiskColumn& c = table.columns[f.column];
        switch (f.kind) {
        case EncodedFeature::Kind::Numeric: {
            const double v = c.numbers[row];
            out[j] = std::isnan(v) ? 0.0 : (v - f.mean) / f.scale;
            break;
        }
        case EncodedFeature::Kind::MissingIndicator:
            out[j] = std::isnan(c.numbers[row]) ? 1.0 : 0.0;
            break;
        case EncodedFeature::Kind::Bin: {
            const double v = c.numbers[row];
            out[j] = !std::isnan(v) && v >= f.low && v < f.high ? 1.0 : 0.0;
            break;
        }
        case EncodedFeature::Kind::Level:
            out[j] = c.labels[row] == f.level ? 1.0 : 0.0;
            break;
        case EncodedFeature::Kind::OtherLevel:
            out[j] =
                std::binary_search(f.knownLevels.begin(), f.knownLevels.end(), c.labels[row]) ? 0.0 : 1.0;
            break;
        }
    }
}

Matrix FeatureEncoder::transform(const RiskTable& table, const std::vector<size_t>& rows) const {
    Matrix m{rows.size(), width(), std::vector<double>(rows.size() * width())};
    for (size_t i = 0; i < rows.size(); ++i)
        encode(table, rows[i], m.row(i));
    return m;
}

} // namespace tenure::metrics
