#include "customerrepository.h"

#include "statement.h"
#include "store.h"

#include <QStringDecoder>

#include <algorithm>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>

namespace tenure::store {

bool TextColumn::append(const char* utf8, size_t bytes) {
    const size_t start = m_chars.size();
    bool ascii = true;
    for (size_t i = 0; i < bytes && ascii; ++i)
        ascii = static_cast<unsigned char>(utf8[i]) < 0x80;
    if (ascii) {
        if (start + bytes > std::numeric_limits<uint32_t>::max()) return false;
        m_chars.insert(m_chars.end(), utf8, utf8 + bytes);
    } else {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const auto room = static_cast<size_t>(decoder.requiredSpace(static_cast<qsizetype>(bytes)));
        if (start + room > std::numeric_limits<uint32_t>::max()) return false;
        m_chars.resize(start + room);
        auto* out = reinterpret_cast<QChar*>(m_chars.data() + start);
        const QChar* end = decoder.appendToBuffer(out, QByteArrayView(utf8, static_cast<qsizetype>(bytes)));
        m_chars.resize(start + static_cast<size_t>(end - out));
    }
    m_offsets.push_back(static_cast<uint32_t>(m_chars.size()));
    return true;
}

void TextColumn::shrinkToFit() {
    m_chars.shrink_to_fit();
    m_offsets.shrink_to_fit();
}

InternedColumn::InternedColumn()
    : m_values{QString()}
    , m_ranks{0} {}

uint32_t InternedColumn::addValue(QString value) {
    m_values.push_back(std::move(value));
    return static_cast<uint32_t>(m_values.size() - 1);
}

void InternedColumn::finish() {
    computeRanks();
    m_index.shrink_to_fit();
}

uint32_t InternedColumn::intern(const QString& value) {
    if (value.isEmpty()) return 0;
    const auto found = std::find(m_values.begin(), m_values.end(), value);
    if (found != m_values.end()) return static_cast<uint32_t>(found - m_values.begin());
    const uint32_t index = addValue(value);
    computeRanks();
    return index;
}

void InternedColumn::computeRanks() {
    std::vector<uint32_t> order(m_values.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [this](uint32_t a, uint32_t b) {
        return m_values[a].compare(m_values[b], Qt::CaseInsensitive) < 0;
    });
    m_ranks.assign(m_values.size(), 0);
    for (size_t position = 0; position < order.size(); ++position)
        m_ranks[order[position]] = static_cast<uint32_t>(position);
}

namespace {

// Maps the UTF-8 text of a column to its interned index while loading; one QString per value.
class Interner final {
public:
    explicit Interner(InternedColumn& column)
        : m_column(column) {}

    void append(std::string_view utf8) {
        if (utf8.empty()) {
            m_column.appendIndex(0);
            return;
        }
        auto found = m_indexes.find(utf8);
        if (found == m_indexes.end()) {
            const uint32_t index =
                m_column.addValue(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())));
            found = m_indexes.emplace(std::string(utf8), index).first;
        }
        m_column.appendIndex(found->second);
    }

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    InternedColumn& m_column;
    std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> m_indexes;
};

enum Field { Id, Key, Name, Email, Company, Segment, Plan, Owner, Region, Signup, ChurnDate, Churned, Mrr };

} // namespace

Expected<CustomerList> loadCustomerList(Store& store) {
    using Result = Expected<CustomerList>;
    Statement q(store.handle(),
                "SELECT id, customer_key, name, email, company, segment, plan, owner, region, "
                "signup_date, churn_date, churned, mrr FROM customers ORDER BY id");
    if (!q.valid()) return Result::failure(QStringLiteral("cannot read the customers: %1").arg(q.error()));

    CustomerList list;
    Interner segments(list.segments), plans(list.plans), owners(list.owners), regions(list.regions);
    const auto appendText = [&q](TextColumn& column, int field) {
        const std::string_view t = q.text(field);
        return column.append(t.data(), t.size());
    };
    const auto day = [&q](int field) { return q.isNull(field) ? CustomerList::noDate : q.int64(field); };

    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        list.ids.push_back(q.int64(Id));
        if (!appendText(list.keys, Key) || !appendText(list.names, Name) || !appendText(list.emails, Email) ||
            !appendText(list.companies, Company))
            return Result::failure(QStringLiteral("too much customer text to hold in memory"));
        segments.append(q.text(Segment));
        plans.append(q.text(Plan));
        owners.append(q.text(Owner));
        regions.append(q.text(Region));
        list.signupDays.push_back(day(Signup));
        list.churnDays.push_back(day(ChurnDate));
        const bool churned = q.isNull(Churned) ? !q.isNull(ChurnDate) : q.int64(Churned) != 0;
        list.churned.push_back(churned ? 1 : 0);
        list.mrr.push_back(q.isNull(Mrr) ? std::numeric_limits<double>::quiet_NaN() : q.real(Mrr));
    }
    if (rc != SQLITE_DONE)
        return Result::failure(QStringLiteral("cannot read the customers: %1").arg(q.error()));

    for (TextColumn* column : {&list.keys, &list.names, &list.emails, &list.companies})
        column->shrinkToFit();
    for (InternedColumn* column : {&list.segments, &list.plans, &list.owners, &list.regions})
        column->finish();
    list.ids.shrink_to_fit();
    list.signupDays.shrink_to_fit();
    list.churnDays.shrink_to_fit();
    list.mrr.shrink_to_fit();
    list.churned.shrink_to_fit();
    return Result(std::move(list));
}

} // namespace tenure::store
