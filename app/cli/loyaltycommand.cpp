// `tenure-cli loyalty redeem CUSTOMER_ID POINTS`: spend points of a member's balance. The
// balance is the derived ledger's (purchase points from orders, bonuses, redemptions); a
// redemption larger than it is refused and nothing is written.
#include "context.h"

#include "reports/loyaltyreport.h"
#include "store/loyaltyrepository.h"

#include <QDateTime>

namespace tenure::cli {

int loyaltyCommand(Context& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("redeem or balance."));
    parser.addPositionalArgument(QStringLiteral("CUSTOMER_ID"), QStringLiteral("The member."));
    parser.addPositionalArgument(QStringLiteral("POINTS"), QStringLiteral("redeem: the points to spend."),
                                 QStringLiteral("[POINTS]"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QStringLiteral("The ledger reason: redeem (default) or adjust."),
                                    QStringLiteral("R"), QStringLiteral("redeem"));
    const QCommandLineOption at(QStringLiteral("at"),
                                QStringLiteral("When (ISO date and time; default: now)."),
                                QStringLiteral("TIME"));
    parser.addOptions({reason, at});
    int exitCode = Ok;
    if (!parseCommand(
            parser, ctx,
            QStringLiteral("Loyalty points of one member.\n\n"
                           "  loyalty balance CUSTOMER_ID          print the balance\n"
                           "  loyalty redeem CUSTOMER_ID POINTS    spend points (refused above the balance)"),
            exitCode))
        return exitCode;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool redeem = action == QStringLiteral("redeem") && args.size() == 3;
    if (!redeem && !(action == QStringLiteral("balance") && args.size() == 2)) {
        ctx.err
            << "tenure-cli loyalty: expected redeem CUSTOMER_ID POINTS or balance CUSTOMER_ID (see --help)\n";
        return UsageError;
    }
    int64_t when = QDateTime::currentSecsSinceEpoch();
    if (parser.isSet(at)) {
        const QDateTime t = QDateTime::fromString(parser.value(at), Qt::ISODate);
        if (!t.isValid()) {
            ctx.err << "tenure-cli loyalty: --at takes a date and time such as 2024-07-31T18:00:00Z\n";
            return UsageError;
        }
        when = t.toSecsSinceEpoch();
    }
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;
    if (!redeem) {
        const auto customer = store::customerIdByKey(*store, args[1]);
        if (!customer) {
            ctx.err << "tenure-cli loyalty: " << customer.error() << "\n";
            return Problem;
        }
        const auto balance = reports::loyaltyBalance(*store, customer.value());
        if (!balance) {
            ctx.err << "tenure-cli loyalty: " << balance.error() << "\n";
            return Problem;
        }
        ctx.out << balance.value() << "\n";
        return Ok;
    }
    bool ok = false;
    const qlonglong points = args[2].toLongLong(&ok);
    if (!ok || points <= 0) {
        ctx.err << "tenure-cli loyalty: POINTS must be a whole number above 0, not \"" << args[2] << "\"\n";
        return UsageError;
    }
    const QString why = parser.value(reason);
    if (why != QStringLiteral("redeem") && why != QStringLiteral("adjust")) {
        ctx.err << "tenure-cli loyalty: --reason takes redeem or adjust\n";
        return UsageError;
    }
    const auto balance = reports::redeemPoints(*store, args[1], points, why, when);
    if (!balance) {
        ctx.err << "tenure-cli loyalty: " << balance.error() << "\n";
        return Problem;
    }
    ctx.out << "redeemed " << points << " points of " << args[1] << "; balance " << balance.value() << "\n";
    return Ok;
}

} // namespace tenure::cli
