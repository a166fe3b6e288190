#include "metrics/segmentrules.h"

#include <gtest/gtest.h>

using namespace tenure::metrics;

namespace {

bool holds(const QString& field, RuleOp op, const QString& value, const QString& customerValue) {
    return RuleMatcher(SegmentRule{field, op, value}).matches(customerValue);
}

TEST(SegmentRules, EqualityIsNumericBooleanOrCaseInsensitiveText) {
    EXPECT_TRUE(holds(QStringLiteral("mrr"), RuleOp::Equal, QStringLiteral("100"), QStringLiteral("100.0")));
    EXPECT_FALSE(holds(QStringLiteral("mrr"), RuleOp::Equal, QStringLiteral("100"), QStringLiteral("100.5")));
    EXPECT_TRUE(holds(QStringLiteral("Contract"), RuleOp::Equal, QStringLiteral("month-to-month"),
                      QStringLiteral("Month-to-month")));
    EXPECT_TRUE(
        holds(QStringLiteral("SeniorCitizen"), RuleOp::Equal, QStringLiteral("yes"), QStringLiteral("1")));
    EXPECT_TRUE(
        holds(QStringLiteral("Partner"), RuleOp::Equal, QStringLiteral("true"), QStringLiteral("Yes")));
    EXPECT_FALSE(
        holds(QStringLiteral("Partner"), RuleOp::Equal, QStringLiteral("yes"), QStringLiteral("No")));
    EXPECT_TRUE(
        holds(QStringLiteral("plan"), RuleOp::NotEqual, QStringLiteral("Pro"), QStringLiteral("Starter")));
    EXPECT_FALSE(
        holds(QStringLiteral("plan"), RuleOp::NotEqual, QStringLiteral("pro"), QStringLiteral("Pro")));
    EXPECT_FALSE(
        holds(QStringLiteral("mrr"), RuleOp::NotEqual, QStringLiteral("1e2"), QStringLiteral("100")));
}

TEST(SegmentRules, OrderIsNumericWhenBothAreNumbersElseText) {
    // 9 < 10 as numbers, though "9" > "10" as text.
    EXPECT_TRUE(holds(QStringLiteral("mrr"), RuleOp::Less, QStringLiteral("10"), QStringLiteral("9")));
    EXPECT_FALSE(holds(QStringLiteral("mrr"), RuleOp::Less, QStringLiteral("10"), QStringLiteral("10")));
    EXPECT_TRUE(
        holds(QStringLiteral("mrr"), RuleOp::LessOrEqual, QStringLiteral("10"), QStringLiteral("10")));
    EXPECT_TRUE(holds(QStringLiteral("mrr"), RuleOp::Greater, QStringLiteral("99.5"), QStringLiteral("100")));
    EXPECT_FALSE(holds(QStringLiteral("mrr"), RuleOp::Greater, QStringLiteral("100"), QStringLiteral("100")));
    EXPECT_TRUE(
        holds(QStringLiteral("mrr"), RuleOp::GreaterOrEqual, QStringLiteral("-5"), QStringLiteral("-5")));
    // ISO dates order as text.
    EXPECT_TRUE(holds(QStringLiteral("signup_date"), RuleOp::Less, QStringLiteral("2024-01-01"),
                      QStringLiteral("2023-12-31")));
    EXPECT_FALSE(holds(QStringLiteral("signup_date"), RuleOp::GreaterOrEqual, QStringLiteral("2024-01-01"),
                       QStringLiteral("2023-12-31")));
    // A number bounds numbers only.
    EXPECT_FALSE(holds(QStringLiteral("tier"), RuleOp::Greater, QStringLiteral("9"), QStringLiteral("Gold")));
    // Text in any case.
    EXPECT_TRUE(
        holds(QStringLiteral("region"), RuleOp::Less, QStringLiteral("emea"), QStringLiteral("APAC")));
}

TEST(SegmentRules, ContainsInAndEmptiness) {
    EXPECT_TRUE(
        holds(QStringLiteral("tags"), RuleOp::Contains, QStringLiteral("VIP"), QStringLiteral("beta,vip")));
    EXPECT_FALSE(
        holds(QStringLiteral("tags"), RuleOp::Contains, QStringLiteral("vip"), QStringLiteral("beta")));
    EXPECT_TRUE(holds(QStringLiteral("InternetService"), RuleOp::In, QStringLiteral("DSL, fiber optic"),
                      QStringLiteral("Fiber optic")));
    EXPECT_FALSE(holds(QStringLiteral("InternetService"), RuleOp::In, QStringLiteral("DSL, Fiber optic"),
                       QStringLiteral("No")));
    EXPECT_TRUE(holds(QStringLiteral("nps"), RuleOp::In, QStringLiteral("9,10"), QStringLiteral("10.0")));
    EXPECT_TRUE(holds(QStringLiteral("churn_reason"), RuleOp::IsEmpty, {}, QStringLiteral("  ")));
    EXPECT_FALSE(holds(QStringLiteral("churn_reason"), RuleOp::IsEmpty, {}, QStringLiteral("price")));
    EXPECT_TRUE(holds(QStringLiteral("churn_reason"), RuleOp::IsNotEmpty, {}, QStringLiteral("price")));
    EXPECT_FALSE(holds(QStringLiteral("churn_reason"), RuleOp::IsNotEmpty, {}, QString()));
}

TEST(SegmentRules, AMissingValueMatchesOnlyEmptinessAndInequality) {
    for (RuleOp op : {RuleOp::Less, RuleOp::LessOrEqual, RuleOp::Greater, RuleOp::GreaterOrEqual,
                      RuleOp::Contains, RuleOp::In, RuleOp::Equal})
        EXPECT_FALSE(holds(QStringLiteral("nps"), op, QStringLiteral("5"), QString()))
            << ruleOpToken(op).toStdString();
    EXPECT_TRUE(holds(QStringLiteral("nps"), RuleOp::NotEqual, QStringLiteral("5"), QString()));
    EXPECT_TRUE(holds(QStringLiteral("owner"), RuleOp::Equal, QString(), QString()));
}

TEST(SegmentRules, AllAndAny) {
    SegmentDefinition s{QStringLiteral("s"),
                        SegmentMatch::All,
                        {{QStringLiteral("plan"), RuleOp::Equal, QStringLiteral("Pro")},
                         {QStringLiteral("mrr"), RuleOp::GreaterOrEqual, QStringLiteral("100")},
                         {QStringLiteral("plan"), RuleOp::NotEqual, QStringLiteral("Starter")}}};
    const SegmentEvaluator all(s);
    ASSERT_EQ(all.fields(), (QStringList{QStringLiteral("plan"), QStringLiteral("mrr")}));
    EXPECT_TRUE(all.matches({QStringLiteral("Pro"), QStringLiteral("150")}));
    EXPECT_FALSE(all.matches({QStringLiteral("Pro"), QStringLiteral("50")}));
    s.match = SegmentMatch::Any;
    const SegmentEvaluator any(s);
    EXPECT_TRUE(any.matches({QStringLiteral("Growth"), QStringLiteral("50")})); // ≠ Starter
    EXPECT_FALSE(any.matches({QStringLiteral("Starter"), QStringLiteral("50")}));
    EXPECT_TRUE(SegmentEvaluator(SegmentDefinition{QStringLiteral("everyone")}).matches({}));
}

TEST(SegmentRules, JsonRoundTrip) {
    std::vector<SegmentRule> rules;
    for (RuleOp op : ruleOps())
        rules.push_back({QStringLiteral("Field ") + ruleOpToken(op), op,
                         ruleOpTakesValue(op) ? QStringLiteral("a, \"b\" \u00e9") : QString()});
    const QByteArray json = rulesToJson(rules);
    const auto back = rulesFromJson(json);
    ASSERT_TRUE(back) << back.error().toStdString();
    EXPECT_EQ(back.value(), rules);
    EXPECT_TRUE(json.contains("\"op\":\"<=\""));
    // Hand-written JSON: symbols and numbers are read too; anything else is refused.
    const auto hand = rulesFromJson(R"([{"field":"mrr","op":"\u2265","value":100}])");
    ASSERT_TRUE(hand);
    EXPECT_EQ(hand->front(),
              (SegmentRule{QStringLiteral("mrr"), RuleOp::GreaterOrEqual, QStringLiteral("100")}));
    EXPECT_FALSE(rulesFromJson(R"([{"field":"mrr","op":"~"}])"));
    EXPECT_FALSE(rulesFromJson("{}"));
}

TEST(SegmentRules, RuleTextAsTheCommandLineTakesIt) {
    const auto rule = [](const char* text) {
        const auto r = parseRuleText(QString::fromUtf8(text));
        return r ? r.value() : SegmentRule{QStringLiteral("(error)"), RuleOp::Equal, r.error()};
    };
    EXPECT_EQ(rule("Contract = Month-to-month"),
              (SegmentRule{QStringLiteral("Contract"), RuleOp::Equal, QStringLiteral("Month-to-month")}));
    EXPECT_EQ(rule("InternetService = Fiber optic"),
              (SegmentRule{QStringLiteral("InternetService"), RuleOp::Equal, QStringLiteral("Fiber optic")}));
    EXPECT_EQ(rule("mrr>=100"),
              (SegmentRule{QStringLiteral("mrr"), RuleOp::GreaterOrEqual, QStringLiteral("100")}));
    EXPECT_EQ(rule("mrr \u2264 100"),
              (SegmentRule{QStringLiteral("mrr"), RuleOp::LessOrEqual, QStringLiteral("100")}));
    EXPECT_EQ(rule("plan != Pro"),
              (SegmentRule{QStringLiteral("plan"), RuleOp::NotEqual, QStringLiteral("Pro")}));
    EXPECT_EQ(rule("Payment Method contains card"),
              (SegmentRule{QStringLiteral("Payment Method"), RuleOp::Contains, QStringLiteral("card")}));
    EXPECT_EQ(rule("region in EMEA, APAC"),
              (SegmentRule{QStringLiteral("region"), RuleOp::In, QStringLiteral("EMEA, APAC")}));
    EXPECT_EQ(rule("churn_reason is empty"),
              (SegmentRule{QStringLiteral("churn_reason"), RuleOp::IsEmpty, {}}));
    EXPECT_EQ(rule("churn_reason is not empty"),
              (SegmentRule{QStringLiteral("churn_reason"), RuleOp::IsNotEmpty, {}}));
    EXPECT_FALSE(parseRuleText(QStringLiteral("mrr")));
    EXPECT_FALSE(parseRuleText(QStringLiteral("mrr >")));
    EXPECT_FALSE(parseRuleText(QStringLiteral("= 5")));
    // ruleText is read back to the same rule.
    for (RuleOp op : ruleOps()) {
        const SegmentRule r{QStringLiteral("nps"), op,
                            ruleOpTakesValue(op) ? QStringLiteral("9") : QString()};
        EXPECT_EQ(rule(ruleText(r).toUtf8().constData()), r) << ruleText(r).toStdString();
    }
}

} // namespace
