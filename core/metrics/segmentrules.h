#pragma once

#include "model/expected.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tenure::metrics {

// Saved segments (metrics.md "Segments and cost to serve", product.md "Segments"): rules of
// field, operator and value, of which all or any must hold. Pure: the values of a customer come
// in as text, read by core/store/segmentrepository.
//
// Comparison: numeric when both sides read as numbers; for = and ≠ booleans (yes/no, true/false,
// y/n, 1/0) compare as booleans; otherwise text, case-insensitive (ISO dates order correctly as
// text). A number bounds numbers only: `tier > 9` holds for 10, not for "Gold". A customer without a value
// (empty text) matches `is empty`, `≠` a non-empty value, and
// `=` an empty value; never <, ≤, >, ≥, contains or in.
enum class RuleOp {
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Contains,
    In,
    IsEmpty,
    IsNotEmpty
};
enum class SegmentMatch { All, Any };

struct SegmentRule {
    QString field; // a customer field, a computed metric or a custom attribute (by name)
    RuleOp op = RuleOp::Equal;
    QString value; // `in`: values separated by commas; unused by is empty / is not empty
    bool operator==(const SegmentRule&) const = default;
};

struct SegmentDefinition {
    QString name;
    SegmentMatch match = SegmentMatch::All;
    std::vector<SegmentRule> rules;
    bool operator==(const SegmentDefinition&) const = default;
};

// Every operator, in the order an editor offers them.
const std::vector<RuleOp>& ruleOps();
// The stored token ("=", "!=", "<", "<=", ">", ">=", "contains", "in", "is empty", "is not
// empty") and the symbol people read (≠, ≤, ≥ instead of !=, <=, >=).
QString ruleOpToken(RuleOp op);
QString ruleOpSymbol(RuleOp op);
// Reads a token or a symbol (also "==", "<>", "not empty", underscores for spaces), any case.
std::optional<RuleOp> parseRuleOp(const QString& text);
bool ruleOpTakesValue(RuleOp op);

QString segmentMatchName(SegmentMatch match); // "all" or "any"
std::optional<SegmentMatch> parseSegmentMatch(const QString& text);

// The rules column of the segments table: [{"field": …, "op": …, "value": …}, …].
QByteArray rulesToJson(const std::vector<SegmentRule>& rules);
Expected<std::vector<SegmentRule>> rulesFromJson(const QByteArray& json);

// "FIELD OP VALUE" as the command line takes it: `Contract = Month-to-month`, `mrr >= 100`,
// `InternetService in DSL, Fiber optic`, `churn_reason is empty`. The field may hold spaces (the
// first operator word ends it); symbols may also be written without spaces (`mrr>=100`).
Expected<SegmentRule> parseRuleText(const QString& text);
QString ruleText(const SegmentRule& rule); // the inverse, with symbols

// One rule prepared for many customers: the rule's value parsed once.
class RuleMatcher final {
public:
    explicit RuleMatcher(const SegmentRule& rule);
    bool matches(const QString& value) const;

private:
    struct Operand {
        QString text;
        std::optional<double> number;
        std::optional<bool> boolean;
    };
    static Operand operand(const QString& text);
    bool equals(const Operand& a, const QString& value, std::optional<double> number) const;

    RuleOp m_op;
    Operand m_value;
    std::vector<Operand> m_list; // `in`
};

// A segment prepared for many customers. fields() are the distinct fields the rules use, in
// the order in which matches() takes a customer's values.
class SegmentEvaluator final {
public:
    explicit SegmentEvaluator(const SegmentDefinition& segment);
    const QStringList& fields() const { return m_fields; }
    // `values[i]` is the customer's value of fields()[i] (empty when it has none). A segment
    // without rules matches every customer.
    bool matches(const std::vector<QString>& values) const;

private:
    SegmentMatch m_match;
    QStringList m_fields;
    std::vector<std::pair<int, RuleMatcher>> m_rules; // field index, matcher
};

} // namespace tenure::metrics
