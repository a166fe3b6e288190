#pragma once

#include "wordlists.h"

#include <climits>
#include <cstdint>
#include <vector>

namespace tenure::demo {

class SignupCurve;

inline constexpr int64_t kNoDate = INT64_MIN;

enum class Segment { SMB, MidMarket, Enterprise };
enum class Plan { Starter, Growth, Pro, Enterprise };
enum class Currency { EUR, USD, GBP };

// Independent random streams of one customer (one per entity family), so that changing how
// one file is generated leaves the others as they were.
enum class Stream : uint64_t {
    Profile = 1,
    Account,
    Onboarding,
    Events,
    Tickets,
    Voice,
    Interactions,
    Commerce
};

struct Subscription {
    int64_t start = 0;
    int64_t end = kNoDate; // kNoDate: still running
    Plan plan = Plan::Starter;
    int64_t mrrCents = 0;
};

// A stretch of time the customer is active: [start, end), end clipped to today + 1. churn is
// the day the stretch ends by churning, which may lie after today (a churn the simulation
// already knows is coming, so that the warning signs are in the data), or kNoDate.
struct Span {
    int64_t start = 0;
    int64_t end = 0;
    int64_t churn = kNoDate;
    int reason = -1; // index into words::churnReasons when churn is set
};

// The simulated life of one customer, from which every file's rows are drawn.
struct CustomerProfile {
    int64_t number = 0; // 1-based: C0000001
    int64_t today = 0;
    Segment segment = Segment::SMB;
    Region region = Region::NA;
    Currency currency = Currency::USD;
    int owner = 0;
    bool annual = false;
    int seats = 1;
    double health = 0.5; // latent 0..1: drives usage, support, NPS and churn
    int64_t signup = 0;
    bool loyaltyMember = false;
    uint32_t features = 0; // bit i: words::features[i] adopted
    std::vector<Subscription> subscriptions;
    std::vector<Span> spans;

    bool active() const { return spans.back().end > today; }
    const Span& lastSpan() const { return spans.back(); }
    Plan plan() const { return subscriptions.back().plan; }
};

// Stateless inputs shared by all customers.
struct SimulationInput {
    uint64_t seed = 0;
    int64_t customers = 0;
    int64_t today = 0;
    const SignupCurve* curve = nullptr;
};

// Fills profile (its vectors keep their capacity) for the customer with 0-based index.
void simulateCustomer(const SimulationInput& input, int64_t index, CustomerProfile& profile);

Random customerStream(const SimulationInput& input, int64_t index, Stream stream);
int64_t monthlyPriceCents(Plan plan);
int64_t addMonths(int64_t day, int months);

} // namespace tenure::demo
