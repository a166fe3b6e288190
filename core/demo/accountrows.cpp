#include "rowwriters.h"

#include <string>

namespace tenure::demo {

using namespace std::string_view_literals;

namespace {

constexpr std::string_view kSegments[] = {"SMB"sv, "Mid-Market"sv, "Enterprise"sv};
constexpr std::string_view kPlans[] = {"Starter"sv, "Growth"sv, "Pro"sv, "Enterprise"sv};

// Lower-case ASCII letters and digits of a UTF-8 name (accents dropped: "Müller" -> "muller").
void appendAscii(std::string& out, std::string_view utf8) {
    static constexpr char latin1[] = "aaaaaaaceeeeiiiidnooooo_ouuuuytsaaaaaaaceeeeiiiidnooooo_ouuuuyty";
    for (size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z')
                out.push_back(static_cast<char>(c - 'A' + 'a'));
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                out.push_back(static_cast<char>(c));
            continue;
        }
        if ((c & 0xE0) != 0xC0 || i + 1 >= utf8.size()) continue;
        const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(utf8[++i]) & 0x3Fu);
        char ascii = 0;
        if (cp >= 0xC0 && cp <= 0xFF)
            ascii = latin1[cp - 0xC0];
        else if (cp == 0x141 || cp == 0x142)
            ascii = 'l';
        else if (cp == 0x15A || cp == 0x15B)
            ascii = 's';
        else if (cp == 0x131)
            ascii = 'i';
        if (ascii && ascii != '_') out.push_back(ascii);
    }
}

struct Identity {
    std::string name;
    std::string email;
    std::string company;
};

void makeIdentity(Random& rng, const CustomerProfile& p, Identity& id) {
    const std::string_view first = words::pick(rng, words::firstNames(p.region));
    const std::string_view last = words::pick(rng, words::lastNames(p.region));
    id.name.assign(first).append(" ").append(last);

    std::string domain;
    id.company.clear();
    const double style = rng.uniform();
    if (style < 0.6) {
        const std::string_view prefix = words::pick(rng, words::companyPrefixes);
        const std::string_view root = words::pick(rng, words::companyRoots);
        const std::string_view industry = words::pick(rng, words::industries);
        id.company.append(prefix).append(root).append(" ").append(industry);
        appendAscii(domain, prefix);
        appendAscii(domain, root);
        if (rng.chance(0.4)) appendAscii(domain, industry);
    } else {
        const std::string_view founder = words::pick(rng, words::lastNames(p.region));
        if (style < 0.85) {
            const std::string_view industry = words::pick(rng, words::industries);
            id.company.append(founder).append(" ").append(industry);
            appendAscii(domain, founder);
            appendAscii(domain, industry);
        } else {
            const std::string_view partner = words::pick(rng, words::lastNames(p.region));
            id.company.append(founder).append(" & ").append(partner);
            appendAscii(domain, founder);
            domain.append("-");
            appendAscii(domain, partner);
        }
    }
    const std::string_view legal = words::pick(rng, words::legalForms(p.region));
    if (!legal.empty())
        id.company.append(legal == "Inc."sv && rng.chance(0.5) ? ", "sv : " "sv).append(legal);

    std::string_view tld = words::pick(rng, words::domainSuffixes(p.region));
    if (p.currency == Currency::GBP)
        tld = ".co.uk"sv;
    else if (tld == ".co.uk"sv)
        tld = ".eu"sv;

    id.email.clear();
    const double form = rng.uniform();
    const size_t before = id.email.size();
    if (form < 0.55) {
        appendAscii(id.email, first);
        id.email.push_back('.');
        appendAscii(id.email, last);
    } else if (form < 0.75) {
        appendAscii(id.email, first.substr(0, 1));
        appendAscii(id.email, last);
    } else if (form < 0.9) {
        appendAscii(id.email, first);
    } else {
        appendAscii(id.email, first);
        appendAscii(id.email, last.substr(0, 1));
    }
    if (id.email.size() == before) id.email.append("info");
    id.email.append("@").append(domain).append(tld);
}

void appendTags(Random& rng, const CustomerProfile& p, std::string& out) {
    // champion reference beta multi-site partner-referred priority-support migrated expansion-target
    // webinar-lead trial-converted case-study sso api-heavy nonprofit agency at-risk
    double w[] = {0, 0, 4, 3, 5, 0, 6, 0, 6, 8, 0, 3, 0, 2, 3, 0};
    if (p.health > 0.7) {
        w[0] = 6;
        w[1] = 3;
        w[10] = 1.5;
        w[7] = 4;
    }
    if (p.segment != Segment::SMB) {
        w[3] *= 3;
        w[5] = p.segment == Segment::Enterprise ? 10 : 3;
        w[11] *= 3;
    }
    if (p.features & (1u << 4)) w[12] = 4;
    if (p.active() && p.health < 0.4) w[15] = 12;
    static constexpr double counts[] = {35, 35, 20, 10};
    const int n = rng.weighted(counts);
    for (int i = 0; i < n; ++i) {
        const int t = rng.weighted(w);
        if (w[t] <= 0) break;
        w[t] = 0;
        if (!out.empty()) out.push_back(';');
        out.append(words::tags[static_cast<size_t>(t)]);
    }
}

} // namespace

void writeAccount(const SimulationInput& in, int64_t index, const CustomerProfile& p, CsvSink& customers,
                  CsvSink& subscriptions) {
    Random rng = customerStream(in, index, Stream::Account);
    thread_local Identity id;
    thread_local std::string tags;
    makeIdentity(rng, p, id);
    tags.clear();
    appendTags(rng, p, tags);

    const Span& last = p.lastSpan();
    const bool active = p.active();
    customers.id('C', p.number, 7).sep().text(id.name).sep().text(id.email).sep().text(id.company).sep();
    customers.raw(kSegments[static_cast<int>(p.segment)]).sep().raw(kPlans[static_cast<int>(p.plan())]).sep();
    customers.text(words::owners[static_cast<size_t>(p.owner)]).sep().raw(words::regionName(p.region)).sep();
    customers.date(p.signup).sep();
    if (!active) customers.date(last.churn);
    customers.sep().boolean(!active).sep();
    if (!active) customers.text(words::churnReasons[static_cast<size_t>(last.reason)]);
    customers.sep().money(active ? p.subscriptions.back().mrrCents : 0).sep();
    if (active) {
        int64_t renewal = last.start;
        for (int years = 1; renewal <= in.today; ++years)
            renewal = addMonths(last.start, 12 * years);
        customers.date(renewal);
    }
    customers.sep().raw(tags);
    customers.end();

    for (const Subscription& s : p.subscriptions) {
        subscriptions.id('C', p.number, 7).sep().date(s.start).sep();
        if (s.end != kNoDate) subscriptions.date(s.end);
        subscriptions.sep().raw(kPlans[static_cast<int>(s.plan)]).sep().money(s.mrrCents).sep();
        subscriptions.raw(p.annual ? "annual"sv : "monthly"sv);
        subscriptions.end();
    }
}

} // namespace tenure::demo
