#include "entities.h"

#include <cstring>

namespace tenure::io {

namespace {
using T = FieldType;

std::vector<EntitySpec> makeSpecs() {
    const FieldSpec customerId{
        "customer_id", T::Text, true,
        "customerid|custid|clientid|accountid|userid|memberid|customernumber|customer"};
    return {
        {"customers",
         "customers",
         KeyKind::CustomerId,
         "signup_date",
         {customerId,
          {"name", T::Text, false, "customername|fullname|accountname"},
          {"email", T::Text, false, "emailaddress|mail|customeremail|email"},
          {"company", T::Text, false, "companyname|organization|organisation|account"},
          {"segment", T::Text, false, "customersegment|tier"},
          {"plan", T::Text, false, "planname|product|subscriptionplan"},
          {"owner", T::Text, false, "accountowner|csm|manager|assignee"},
          {"region", T::Text, false, "country|territory|area"},
          {"signup_date", T::Date, false,
           "signupdate|signedup|signupat|createdat|created|joindate|joined|startdate"},
          {"churn_date", T::Date, false,
           "churndate|churnedat|canceledat|cancelledat|cancellationdate|enddate"},
          {"churned", T::Bool, false, "churn|haschurned|exited|cancelled|canceled"},
          {"churn_reason", T::Text, false, "churnreason|cancellationreason|cancelreason"},
          {"mrr", T::Real, false, "monthlyrecurringrevenue|monthlycharges|monthlyrevenue"},
          {"renewal_date", T::Date, false, "renewaldate|renewsat|renewalat|nextrenewal"},
          {"tags", T::Text, false, "labels"},
          {"tenure_months", T::Integer, false, "tenure|tenuremonths|monthsactive"}}},
        {"subscriptions",
         "subscriptions",
         KeyKind::WholeRow,
         "started_at",
         {customerId,
          {"started_at", T::Instant, true, "startedat|startdate|start|activatedat|createdat"},
          {"ended_at", T::Instant, false, "endedat|enddate|end|canceledat|cancelledat"},
          {"plan", T::Text, false, "planname|product"},
          {"mrr", T::Real, false, "monthlyrecurringrevenue|amount"},
          {"billing_period", T::Text, false, "billingperiod|interval|billinginterval"}}},
        {"orders",
         "orders",
         KeyKind::WholeRow,
         "ordered_at",
         {customerId,
          {"ordered_at", T::Instant, true, "orderedat|orderdate|invoicedate|purchasedate|date|createdat"},
          {"order_id", T::Text, false, "orderid|invoiceno|invoice|invoicenumber|ordernumber|invoiceid"},
          {"amount", T::Real, false, "total|ordertotal|dollarvalue|revenue|value|totalamount"},
          {"quantity", T::Real, false, "qty|units|numberofitems"},
          {"unit_price", T::Real, false, "unitprice|price|itemprice"},
          {"currency", T::Text, false, "currencycode"},
          {"channel", T::Text, false, "saleschannel|source"}}},
        {"events",
         "events",
         KeyKind::WholeRow,
         "occurred_at",
         {customerId,
          {"occurred_at", T::Instant, true, "occurredat|timestamp|time|eventtime|date|createdat"},
          {"kind", T::Text, true, "event|eventname|eventtype|type|action"},
          {"feature", T::Text, false, "featurename|module"}}},
        {"tickets",
         "tickets",
         KeyKind::TicketId,
         "created_at",
         {{"ticket_id", T::Text, true, "ticketid|ticketnumber|caseid|id"},
          {"customer_id", T::Text, false, customerId.aliases},
          {"created_at", T::Instant, true, "createdat|created|openedat|opened|submittedat"},
          {"first_response_at", T::Instant, false,
           "firstresponseat|firstresponsetime|firstrepliedat|firstreplyat"},
          {"resolved_at", T::Instant, false, "resolvedat|solvedat|closedat|timetoresolution"},
          {"channel", T::Text, false, "ticketchannel|via|source"},
          {"priority", T::Text, false, "ticketpriority|urgency"},
          {"agent", T::Text, false, "assignee|assignedto|agentname"},
          {"contacts", T::Integer, false, "replies|agentreplies|touches|contactstoresolution"},
          {"wait_seconds", T::Real, false, "waitseconds|waittime|queuetime"},
          {"abandoned", T::Bool, false, "isabandoned"},
          {"csat", T::Rating, false, "customersatisfactionrating|satisfaction|satisfactionrating|rating"},
          {"wow_note", T::Text, false, "wownote|wow"}}},
        {"nps",
         "nps",
         KeyKind::WholeRow,
         "responded_at",
         {customerId,
          {"responded_at", T::Instant, true, "respondedat|responsedate|date|submittedat|createdat"},
          {"score", T::Score, true, "npsscore|rating|likelihoodtorecommend"},
          {"comment", T::Text, false, "comments|feedback|reason"}}},
        {"feedback",
         "feedback",
         KeyKind::WholeRow,
         "created_at",
         {customerId,
          {"created_at", T::Instant, true, "createdat|date|submittedat"},
          {"kind", T::Text, true, "type|feedbacktype"},
          {"category", T::Text, false, "topic|reason"},
          {"text", T::Text, false, "comment|body|message|feedback"}}},
        {"onboarding",
         "onboarding",
         KeyKind::CustomerMilestone,
         "due_date",
         {customerId,
          {"milestone", T::Text, true, "step|task|milestonename"},
          {"due_date", T::Date, false, "duedate|due|targetdate"},
          {"completed_at", T::Instant, false, "completedat|completed|donedate|completiondate"}}},
        {"interactions",
         "interactions",
         KeyKind::WholeRow,
         "occurred_at",
         {customerId,
          {"occurred_at", T::Instant, true, "occurredat|date|timestamp|createdat"},
          {"kind", T::Text, false, "type|activitytype|channel"},
          {"note", T::Text, false, "notes|summary|subject"},
          {"owner", T::Text, false, "user|csm|by"}}},
        {"loyalty",
         "loyalty",
         KeyKind::WholeRow,
         "occurred_at",
         {customerId,
          {"occurred_at", T::Instant, true, "occurredat|date|timestamp|createdat"},
          {"points", T::Integer, true, "pointschange|delta|amount"},
          {"reason", T::Text, false, "type|kind|source"}}},
    };
}
} // namespace

int EntitySpec::fieldIndex(const char* fieldName) const {
    for (size_t i = 0; i < fields.size(); ++i)
        if (std::strcmp(fields[i].name, fieldName) == 0) return static_cast<int>(i);
    return -1;
}

const FieldSpec* EntitySpec::field(const char* fieldName) const {
    const int i = fieldIndex(fieldName);
    return i < 0 ? nullptr : &fields[static_cast<size_t>(i)];
}

const std::vector<EntitySpec>& entitySpecs() {
    static const std::vector<EntitySpec> specs = makeSpecs();
    return specs;
}

const EntitySpec* findEntity(const QString& name) {
    for (const EntitySpec& spec : entitySpecs())
        if (name.compare(QLatin1String(spec.name), Qt::CaseInsensitive) == 0) return &spec;
    return nullptr;
}

QStringList entityNames() {
    QStringList names;
    for (const EntitySpec& spec : entitySpecs())
        names << QLatin1String(spec.name);
    return names;
}

QString normalizedHeader(const QString& header) {
    QString out;
    out.reserve(header.size());
    for (const QChar c : header) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.') continue;
        out.append(c.toLower());
    }
    return out;
}

} // namespace tenure::io
