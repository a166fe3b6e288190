#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace tenure::metrics {

// The raw inputs of the churn-risk model: one column per signal, one row per customer.
// Numeric cells hold NaN when missing; categorical cells hold an empty label when missing.
struct RiskColumn {
    std::string name;
    bool categorical = false;
    std::vector<double> numbers;     // numeric columns
    std::vector<std::string> labels; // categorical columns
};

struct RiskTable {
    size_t rows = 0;
    std::vector<RiskColumn> columns;
};

inline constexpr double missingNumber = std::numeric_limits<double>::quiet_NaN();

// A dense row-major matrix of encoded features.
struct Matrix {
    size_t rows = 0;
    size_t cols = 0;
    std::vector<double> data;
    const double* row(size_t i) const { return data.data() + i * cols; }
    double* row(size_t i) { return data.data() + i * cols; }
};

// One encoded feature and the source column it comes from.
struct EncodedFeature {
    enum class Kind { Numeric, MissingIndicator, Level, OtherLevel, Bin };
    Kind kind = Kind::Numeric;
    size_t column = 0;                    // index into RiskTable::columns
    std::string level;                    // Level: the category
    std::vector<std::string> knownLevels; // OtherLevel: the kept levels, sorted
    double mean = 0;                      // Numeric: training mean (also the imputed value)
    double scale = 1;                     // Numeric: training standard deviation
    double low = 0;                       // Bin: [low, high)
    double high = 0;
};

struct EncoderOptions {
    size_t maxLevels = 30;    // most frequent levels kept per categorical column
    size_t minLevelCount = 5; // rarer levels go to "other/missing"
    int bins = 0;             // > 1: also one-hot quantile bins of each numeric column
};

// Learns the encoding from training rows only: numeric columns are standardised with the
// training mean and standard deviation, missing values imputed with the mean plus a missing
// indicator; categorical columns one-hot with an "other/missing" level. Encoded columns that
// are constant over the training rows are left out.
class FeatureEncoder final {
public:
    static FeatureEncoder fit(const RiskTable& table, const std::vector<size_t>& rows,
                              const EncoderOptions& options = {});

    size_t width() const { return m_features.size(); }
    const std::vector<EncodedFeature>& features() const { return m_features; }
    void encode(const RiskTable& table, size_t row, double* out) const;
    Matrix transform(const RiskTable& table, const std::vector<size_t>& rows) const;

private:
    std::vector<EncodedFeature> m_features;
};

} // namespace tenure::metrics
