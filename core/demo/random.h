#pragma once

#include <cmath>
#include <cstdint>

namespace tenure::demo {

// splitmix64: seeds the generators and mixes (seed, customer, stream) into one value.
inline uint64_t splitmix64(uint64_t& state) {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

inline uint64_t mixSeed(uint64_t seed, uint64_t index, uint64_t stream) {
    uint64_t s = seed;
    uint64_t a = splitmix64(s) ^ (index * 0xd1342543de82ef95ULL);
    uint64_t b = splitmix64(a) ^ (stream * 0x9e3779b97f4a7c15ULL);
    return splitmix64(b);
}

// Exponential and logarithm with only +, -, *, / and exact scaling, so that the demo data is
// identical wherever IEEE doubles are (libm implementations differ in the last bit).
inline double detExp(double x) {
    if (x < -700.0) return 0.0;
    if (x > 700.0) x = 700.0;
    constexpr double ln2 = 0.6931471805599453094;
    const double kd = x / ln2;
    const int k = static_cast<int>(kd < 0 ? kd - 0.5 : kd + 0.5);
    const double r = x - k * ln2; // |r| <= ln2 / 2
    double term = 1.0;
    double sum = 1.0;
    for (int i = 1; i <= 14; ++i) {
        term = term * r / i;
        sum += term;
    }
    return std::ldexp(sum, k);
}

inline double detLog(double x) {
    if (x <= 0.0) return -745.0;
    int e = 0;
    double m = std::frexp(x, &e); // x = m * 2^e, m in [0.5, 1)
    if (m < 0.70710678118654752) {
        m *= 2.0;
        --e;
    }
    const double z = (m - 1.0) / (m + 1.0); // |z| < 0.172
    const double z2 = z * z;
    double term = z;
    double sum = 0.0;
    for (int i = 1; i <= 25; i += 2) {
        sum += term / i;
        term *= z2;
    }
    return 2.0 * sum + e * 0.6931471805599453094;
}

// xoshiro256** (Blackman & Vigna): small, fast, and the same sequence on every platform.
// The helpers below are our own (std:: distributions are implementation-defined).
class Random final {
public:
    explicit Random(uint64_t seed) {
        for (uint64_t& word : m_s)
            word = splitmix64(seed);
    }

    uint64_t next() {
        const uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n), n < 2^32.
    uint32_t below(uint32_t n) { return static_cast<uint32_t>(((next() >> 32) * n) >> 32); }
    // Uniform integer in [lo, hi].
    int64_t range(int64_t lo, int64_t hi) { return lo + below(static_cast<uint32_t>(hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }

    // Approximately standard normal (Irwin-Hall sum of 12 uniforms; tails cut at 6 sigma).
    double normal() {
        double sum = 0.0;
        for (int i = 0; i < 12; ++i)
            sum += uniform();
        return sum - 6.0;
    }
    double logNormal(double median, double sigma) { return median * detExp(sigma * normal()); }
    double exponential(double mean) { return -mean * detLog(1.0 - uniform()); }

    // Poisson count (Knuth's product method for small means, a rounded normal above 30).
    int poisson(double mean) {
        if (mean <= 0.0) return 0;
        if (mean > 30.0) {
            const double v = mean + std::sqrt(mean) * normal() + 0.5;
            return v < 0.0 ? 0 : static_cast<int>(v);
        }
        const double limit = detExp(-mean);
        int k = 0;
        double p = uniform();
        while (p > limit) {
            ++k;
            p *= uniform();
        }
        return k;
    }

    // Index drawn with the given weights (need not sum to 1).
    template <typename W, int N> int weighted(const W (&weights)[N]) {
        double total = 0.0;
        for (const W w : weights)
            total += static_cast<double>(w);
        double x = uniform() * total;
        for (int i = 0; i < N; ++i) {
            x -= static_cast<double>(weights[i]);
            if (x < 0.0) return i;
        }
        return N - 1;
    }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t m_s[4];
};

} // namespace tenure::demo
