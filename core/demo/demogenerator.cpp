#include "demogenerator.h"

#include "rowwriters.h"
#include "signupcurve.h"

#include <QDir>
#include <QFile>

#include <array>

namespace tenure::demo {

using namespace std::string_view_literals;

namespace {

enum File {
    Customers,
    Subscriptions,
    Orders,
    Events,
    Tickets,
    Nps,
    Feedback,
    Onboarding,
    Interactions,
    Loyalty,
    FileCount
};

struct FileSpec {
    std::string_view entity;
    std::string_view header;
};

constexpr FileSpec kFiles[FileCount] = {
    {"customers"sv, "customer_id,name,email,company,segment,plan,owner,region,signup_date,churn_date,churned,"
                    "churn_reason,mrr,renewal_date,tags"sv},
    {"subscriptions"sv, "customer_id,started_at,ended_at,plan,mrr,billing_period"sv},
    {"orders"sv, "customer_id,ordered_at,order_id,amount,currency,channel"sv},
    {"events"sv, "customer_id,occurred_at,kind,feature"sv},
    {"tickets"sv,
     "ticket_id,customer_id,created_at,first_response_at,resolved_at,channel,priority,agent,contacts,"
     "wait_seconds,abandoned,csat,wow_note"sv},
    {"nps"sv, "customer_id,responded_at,score,comment"sv},
    {"feedback"sv, "customer_id,created_at,kind,category,text"sv},
    {"onboarding"sv, "customer_id,milestone,due_date,completed_at"sv},
    {"interactions"sv, "customer_id,occurred_at,kind,note,owner"sv},
    {"loyalty"sv, "customer_id,occurred_at,points,reason"sv},
};

QString entityName(int file) {
    const std::string_view e = kFiles[file].entity;
    return QString::fromLatin1(e.data(), static_cast<qsizetype>(e.size()));
}

DemoResult fail(std::array<CsvSink, FileCount>& sinks, QString error) {
    for (CsvSink& sink : sinks) {
        if (sink.path().isEmpty()) continue;
        sink.close();
        QFile::remove(sink.path());
    }
    DemoResult result;
    result.error = std::move(error);
    return result;
}

} // namespace

DemoResult writeDemoCsv(const DemoOptions& options, const QString& dir, const DemoProgress& progress) {
    std::array<CsvSink, FileCount> sinks;
    if (options.customers < 0 || options.years < 1)
        return fail(sinks,
                    QStringLiteral("Demo data needs a customer count of 0 or more and at least one year."));
    if (!QDir().mkpath(dir)) return fail(sinks, QStringLiteral("%1: cannot create the folder").arg(dir));
    const QDir out(dir);
    for (int f = 0; f < FileCount; ++f) {
        const QString path = out.filePath(entityName(f) + QStringLiteral(".csv"));
        if (!sinks[static_cast<size_t>(f)].open(path, kFiles[f].header))
            return fail(sinks, sinks[static_cast<size_t>(f)].error());
    }

    const SignupCurve curve(options.today, options.years);
    SimulationInput input;
    input.seed = options.seed;
    input.customers = options.customers;
    input.today = options.today;
    input.curve = &curve;

    const auto sink = [&](File f) -> CsvSink& { return sinks[static_cast<size_t>(f)]; };
    CustomerProfile profile;
    IdCounters ids;
    constexpr int64_t kReportEvery = 1024;
    for (int64_t i = 0; i < options.customers; ++i) {
        if (i % kReportEvery == 0) {
            if (progress && !progress(static_cast<double>(i) / static_cast<double>(options.customers)))
                return fail(sinks, QStringLiteral("Demo data generation was cancelled."));
            for (CsvSink& s : sinks)
                if (!s.flushIfFull()) return fail(sinks, s.error());
        }
        simulateCustomer(input, i, profile);
        writeAccount(input, i, profile, sink(Customers), sink(Subscriptions));
        const OnboardingOutcome onboarding = writeOnboarding(input, i, profile, sink(Onboarding));
        writeEvents(input, i, profile, sink(Events));
        writeTickets(input, i, profile, ids, sink(Tickets));
        const VoiceOutcome voice = writeVoice(input, i, profile, sink(Nps), sink(Feedback));
        writeInteractions(input, i, profile, onboarding, voice, sink(Interactions));
        writeCommerce(input, i, profile, ids, sink(Orders), sink(Loyalty));
    }

    DemoResult result;
    for (int f = 0; f < FileCount; ++f) {
        CsvSink& s = sinks[static_cast<size_t>(f)];
        result.rows[entityName(f)] = s.rows();
        if (!s.close()) return fail(sinks, s.error());
    }
    if (progress) progress(1.0);
    result.ok = true;
    return result;
}

} // namespace tenure::demo
