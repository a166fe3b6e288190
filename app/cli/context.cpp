#include "context.h"

#include <unistd.h>

namespace tenure::cli {

bool parseCommand(QCommandLineParser& parser, Context& ctx, const QString& description, int& exitCode) {
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(ctx.args)) {
        ctx.err << "tenure-cli " << ctx.command << ": " << parser.errorText() << "\n"
                << "Try 'tenure-cli " << ctx.command << " --help'.\n";
        exitCode = UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QStringLiteral("Usage: ") + ctx.args.value(0),
                     QStringLiteral("Usage: tenure-cli [--db FILE] ") + ctx.command);
        ctx.out << text;
        exitCode = Ok;
        return false;
    }
    return true;
}

std::unique_ptr<store::Store> openStore(Context& ctx, store::OpenMode mode) {
    auto opened = store::Store::open(ctx.dbPath, {mode});
    if (!opened) {
        ctx.err << "tenure-cli: " << opened.error() << "\n";
        return nullptr;
    }
    return std::move(opened.value());
}

bool stderrIsTerminal() {
    return ::isatty(STDERR_FILENO) == 1;
}

} // namespace tenure::cli
