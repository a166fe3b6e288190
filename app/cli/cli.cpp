#include "cli.h"

#include "context.h"

#include "model/appidentity.h"

#include <QCoreApplication>

#include <cstdio>

namespace tenure::cli {

namespace {

struct Command {
    const char* name;
    int (*run)(Context&);
    const char* summary;
};

constexpr Command commands[] = {
    {"init", initCommand, "create an empty store"},
    {"import", importCommand, "import a CSV file of one entity (KIND FILE)"},
    {"export", exportCommand, "export an entity as CSV"},
    {"count", countCommand, "print the number of stored rows of an entity"},
    {"report", reportCommand,
     "compute a metric: churn, retention, cohorts, revenue, support, onboarding, loyalty, nps, csat, "
     "health, segments, dashboard"},
    {"settings", settingsCommand, "list, get, set or unset a setting of the store (KEY VALUE)"},
    {"segments", segmentsCommand, "list, show, save or delete saved segments (rules over customer fields)"},
    {"tasks", tasksCommand, "list tasks (--owner, default $TENURE_USER), or mark one done (done ID)"},
    {"playbooks", playbooksCommand, "list the playbooks, or run them to create tasks (list|run)"},
    {"loyalty", loyaltyCommand, "redeem points of a customer's balance (redeem CUSTOMER_ID POINTS)"},
    {"demo", demoCommand, "fill the store with a deterministic demo company"},
    {"backup", backupCommand, "make a consistent copy of the store"},
    {"check", checkCommand, "check integrity and schema; exit 1 with the problems"},
};

void printUsage(QTextStream& s) {
    s << "Usage: tenure-cli [--db FILE] COMMAND [OPTIONS]\n\n"
         "The command line of Tenure, the local-first retention dashboard.\n\n"
         "Options:\n"
         "  --db FILE     the store (default: $TENURE_DB, else the user's default store)\n"
         "  --help        show this help; COMMAND --help shows a command's options\n"
         "  --version     show the version\n\n"
         "Commands:\n";
    for (const Command& c : commands)
        s << "  " << QString::fromLatin1(c.name).leftJustified(10) << c.summary << "\n";
    s << "\nExit codes: 0 success, 1 a problem was found, 2 usage or environment error.\n";
}

} // namespace

int run(const QStringList& arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString db;
    int i = 1;
    for (; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QStringLiteral("--db") && i + 1 < arguments.size()) {
            db = arguments[++i];
        } else if (a.startsWith(QStringLiteral("--db="))) {
            db = a.mid(5);
        } else if (a == QStringLiteral("--version") || a == QStringLiteral("-v")) {
            out << "tenure-cli " << QCoreApplication::applicationVersion() << "\n";
            return Ok;
        } else if (a == QStringLiteral("--help") || a == QStringLiteral("-h") ||
                   a == QStringLiteral("help")) {
            printUsage(out);
            return Ok;
        } else {
            break;
        }
    }
    if (i >= arguments.size()) {
        printUsage(err);
        return UsageError;
    }
    const QString name = arguments[i];
    for (const Command& c : commands) {
        if (name != QLatin1String(c.name)) continue;
        Context ctx{db.isEmpty() ? defaultStorePath() : db, name,
                    QStringList{arguments.first() + u' ' + name} + arguments.mid(i + 1), out, err};
        const int code = c.run(ctx);
        out.flush();
        err.flush();
        return code;
    }
    err << "tenure-cli: unknown command \"" << name << "\"\n";
    printUsage(err);
    return UsageError;
}

} // namespace tenure::cli
