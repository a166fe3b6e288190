#pragma once

#include <QString>

#include <cstdint>
#include <functional>
#include <map>

namespace tenure::demo {

struct DemoOptions {
    int64_t customers = 2000;
    uint64_t seed = 42;
    int64_t today =
        0; // days since 1970-01-01 (UTC); the data ends on this day. Injected, never read from the clock.
    int years = 3; // signups spread over this many years before today
};

// Called now and then with the fraction done (0..1); return false to cancel.
using DemoProgress = std::function<bool(double)>;

struct DemoResult {
    bool ok = false;
    QString error;
    std::map<QString, int64_t> rows; // entity name -> data rows written
};

// Writes customers.csv, subscriptions.csv, orders.csv, events.csv, tickets.csv, nps.csv, feedback.csv,
// onboarding.csv, interactions.csv and loyalty.csv into dir (created if missing): canonical headers,
// UTF-8, LF line ends, RFC 4180 quoting where a field needs it. The output depends only on the options:
// every customer is drawn from its own random stream (seed mixed with the customer's index).
// On failure or cancellation the files written so far are removed.
DemoResult writeDemoCsv(const DemoOptions& options, const QString& dir, const DemoProgress& progress = {});

} // namespace tenure::demo
