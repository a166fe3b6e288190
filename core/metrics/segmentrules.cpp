#include "segmentrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tenure::metrics {

namespace {

struct OpName {
    RuleOp op;
    const char* token;
    const char* symbol;
};

// The symbols are UTF-8 literals: ≠ ≤ ≥.
const OpName opNames[] = {
    {RuleOp::Equal, "=", "="},
    {RuleOp::NotEqual, "!=", "\u2260"},
    {RuleOp::Less, "<", "<"},
    {RuleOp::LessOrEqual, "<=", "\u2264"},
    {RuleOp::Greater, ">", ">"},
    {RuleOp::GreaterOrEqual, ">=", "\u2265"},
    {RuleOp::Contains, "contains", "contains"},
    {RuleOp::In, "in", "in"},
    {RuleOp::IsEmpty, "is empty", "is empty"},
    {RuleOp::IsNotEmpty, "is not empty", "is not empty"},
};

std::optional<double> asNumber(const QString& text) {
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

std::optional<bool> asBoolean(const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t == u"yes" || t == u"true" || t == u"y" || t == u"1") return true;
    if (t == u"no" || t == u"false" || t == u"n" || t == u"0") return false;
    return std::nullopt;
}

} // namespace

const std::vector<RuleOp>& ruleOps() {
    static const std::vector<RuleOp> all = [] {
        std::vector<RuleOp> ops;
        for (const OpName& n : opNames)
            ops.push_back(n.op);
        return ops;
    }();
    return all;
}

QString ruleOpToken(RuleOp op) {
    for (const OpName& n : opNames)
        if (n.op == op) return QString::fromUtf8(n.token);
    return {};
}

QString ruleOpSymbol(RuleOp op) {
    for (const OpName& n : opNames)
        if (n.op == op) return QString::fromUtf8(n.symbol);
    return {};
}

std::optional<RuleOp> parseRuleOp(const QString& text) {
    QString t = text.trimmed().toLower();
    t.replace(u'_', u' ');
    t = t.simplified();
    if (t == u"==") return RuleOp::Equal;
    if (t == u"<>") return RuleOp::NotEqual;
    if (t == u"not empty") return RuleOp::IsNotEmpty;
    if (t == u"empty") return RuleOp::IsEmpty;
    for (const OpName& n : opNames)
        if (t == QString::fromUtf8(n.token) || t == QString::fromUtf8(n.symbol)) return n.op;
    return std::nullopt;
}

bool ruleOpTakesValue(RuleOp op) {
    return op != RuleOp::IsEmpty && op != RuleOp::IsNotEmpty;
}

QString segmentMatchName(SegmentMatch match) {
    return match == SegmentMatch::Any ? QStringLiteral("any") : QStringLiteral("all");
}

std::optional<SegmentMatch> parseSegmentMatch(const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t == u"all") return SegmentMatch::All;
    if (t == u"any") return SegmentMatch::Any;
    return std::nullopt;
}

QByteArray rulesToJson(const std::vector<SegmentRule>& rules) {
    QJsonArray array;
    for (const SegmentRule& r : rules) {
        QJsonObject o{{QStringLiteral("field"), r.field}, {QStringLiteral("op"), ruleOpToken(r.op)}};
        if (ruleOpTakesValue(r.op)) o.insert(QStringLiteral("value"), r.value);
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

Expected<std::vector<SegmentRule>> rulesFromJson(const QByteArray& json) {
    using Result = Expected<std::vector<SegmentRule>>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isArray())
        return Result::failure(QStringLiteral("the rules are not a JSON array: %1").arg(error.errorString()));
    std::vector<SegmentRule> rules;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        const auto op = parseRuleOp(o.value(QStringLiteral("op")).toString());
        const QString field = o.value(QStringLiteral("field")).toString();
        if (field.isEmpty() || !op)
            return Result::failure(
                QStringLiteral("a rule needs a field and a known operator: %1")
                    .arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))));
        // A number in hand-written JSON is read as its text.
        const QJsonValue value = o.value(QStringLiteral("value"));
        rules.push_back(
            {field, *op, value.isDouble() ? QString::number(value.toDouble()) : value.toString()});
    }
    return rules;
}

Expected<SegmentRule> parseRuleText(const QString& text) {
    using Result = Expected<SegmentRule>;
    const QString t = text.trimmed();
    const auto usage = [&t] {
        return Result::failure(
            QStringLiteral("cannot read the rule \"%1\": write FIELD OP VALUE, OP one of =, "
                           "!=, <, <=, >, >=, contains, in, is empty, is not empty")
                .arg(t));
    };
    // Words first: the first word (after the field's first) that starts an operator.
    const QStringList words = t.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString w = words[i].toLower();
        std::optional<RuleOp> op;
        qsizetype used = 1;
        if (w == u"is" && words.value(i + 1).toLower() == u"empty") {
            op = RuleOp::IsEmpty;
            used = 2;
        } else if (w == u"is" && words.value(i + 1).toLower() == u"not" &&
                   words.value(i + 2).toLower() == u"empty") {
            op = RuleOp::IsNotEmpty;
            used = 3;
        } else if (w == u"contains" || w == u"in" || w == u"is_empty" || w == u"is_not_empty") {
            op = parseRuleOp(w);
        } else if (auto symbol = parseRuleOp(w); symbol && w != u"empty" && w != u"not empty") {
            op = symbol;
        }
        if (!op) continue;
        const QString field = words.mid(0, i).join(u' ');
        const QString value = words.mid(i + used).join(u' ');
        if (ruleOpTakesValue(*op) == value.isEmpty()) return usage();
        return SegmentRule{field, *op, value};
    }
    // Symbols without spaces around them: the longest at the earliest position.
    static const char* const symbols[] = {"!=",     "<=",     ">=", "==", "<>", "\u2260",
                                          "\u2264", "\u2265", "=",  "<",  ">"};
    qsizetype at = -1;
    QString found;
    for (const char* s : symbols) {
        const QString symbol = QString::fromUtf8(s);
        const qsizetype i = t.indexOf(symbol);
        if (i > 0 && (at < 0 || i < at || (i == at && symbol.size() > found.size()))) {
            at = i;
            found = symbol;
        }
    }
    if (at <= 0) return usage();
    const QString field = t.left(at).trimmed();
    const QString value = t.mid(at + found.size()).trimmed();
    if (field.isEmpty() || value.isEmpty()) return usage();
    return SegmentRule{field, *parseRuleOp(found), value};
}

QString ruleText(const SegmentRule& rule) {
    QString text = rule.field + u' ' + ruleOpSymbol(rule.op);
    if (ruleOpTakesValue(rule.op)) text += u' ' + rule.value;
    return text;
}

RuleMatcher::Operand RuleMatcher::operand(const QString& text) {
    return {text.trimmed(), asNumber(text), asBoolean(text)};
}

RuleMatcher::RuleMatcher(const SegmentRule& rule)
    : m_op(rule.op)
    , m_value(operand(rule.value)) {
    if (m_op == RuleOp::In)
        for (const QString& item : rule.value.split(u',', Qt::SkipEmptyParts))
            if (!item.trimmed().isEmpty()) m_list.push_back(operand(item));
}

bool RuleMatcher::equals(const Operand& a, const QString& value, std::optional<double> number) const {
    if (a.number && number) return *a.number == *number;
    if (a.boolean) {
        if (const auto b = asBoolean(value)) return *a.boolean == *b;
    }
    return a.text.compare(value, Qt::CaseInsensitive) == 0;
}

bool RuleMatcher::matches(const QString& raw) const {
    const QString value = raw.trimmed();
    const bool empty = value.isEmpty();
    switch (m_op) {
    case RuleOp::IsEmpty:
        return empty;
    case RuleOp::IsNotEmpty:
        return !empty;
    case RuleOp::Equal:
        return empty ? m_value.text.isEmpty() : equals(m_value, value, asNumber(value));
    case RuleOp::NotEqual:
        return empty ? !m_value.text.isEmpty() : !equals(m_value, value, asNumber(value));
    case RuleOp::Contains:
        return !empty && value.contains(m_value.text, Qt::CaseInsensitive);
    case RuleOp::In: {
        if (empty) return false;
        const auto number = asNumber(value);
        return std::any_of(m_list.begin(), m_list.end(),
                           [&](const Operand& item) { return equals(item, value, number); });
    }
    case RuleOp::Less:
    case RuleOp::LessOrEqual:
    case RuleOp::Greater:
    case RuleOp::GreaterOrEqual: {
        if (empty || m_value.text.isEmpty()) return false;
        const auto number = asNumber(value);
        int order = 0;
        if (number && m_value.number)
            order = *number < *m_value.number ? -1 : *number > *m_value.number ? 1 : 0;
        else if (m_value.number)
            return false; // a number bounds numbers only, not text that sorts after digits
        else
            order = value.compare(m_value.text, Qt::CaseInsensitive);
        switch (m_op) {
        case RuleOp::Less:
            return order < 0;
        case RuleOp::LessOrEqual:
            return order <= 0;
        case RuleOp::Greater:
            return order > 0;
        default:
            return order >= 0;
        }
    }
    }
    return false;
}

SegmentEvaluator::SegmentEvaluator(const SegmentDefinition& segment)
    : m_match(segment.match) {
    for (const SegmentRule& rule : segment.rules) {
        qsizetype index = m_fields.indexOf(rule.field);
        if (index < 0) {
            index = m_fields.size();
            m_fields << rule.field;
        }
        m_rules.emplace_back(static_cast<int>(index), RuleMatcher(rule));
    }
}

bool SegmentEvaluator::matches(const std::vector<QString>& values) const {
    if (m_rules.empty()) return true;
    static const QString none;
    const auto holds = [&values](const std::pair<int, RuleMatcher>& rule) {
        const size_t i = static_cast<size_t>(rule.first);
        return rule.second.matches(i < values.size() ? values[i] : none);
    };
    return m_match == SegmentMatch::All ? std::all_of(m_rules.begin(), m_rules.end(), holds)
                                        : std::any_of(m_rules.begin(), m_rules.end(), holds);
}

} // namespace tenure::metrics
