// `tenure-cli settings`: read and change the store's settings (its time zone, the support
// team's business hours, the costs of the segments report), each value checked before it is kept.
#include "context.h"

#include "reports/storesettings.h"

namespace tenure::cli {

namespace {

QString description() {
    QString text = QStringLiteral("Read and change the store's settings.\n\n"
                                  "  settings list             every setting that is set, as KEY=VALUE\n"
                                  "  settings get KEY          print one value (exit 1 when it is not set)\n"
                                  "  settings set KEY VALUE    check and store a value\n"
                                  "  settings unset KEY        go back to the default\n\n"
                                  "Keys:\n");
    for (const reports::SettingKey& k : reports::settingKeys())
        text += QStringLiteral("  %1 %2\n")
                    .arg(QString::fromLatin1(k.key).leftJustified(19), QString::fromLatin1(k.description));
    return text;
}

} // namespace

int settingsCommand(Context& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("list, get, set or unset."));
    parser.addPositionalArgument(QStringLiteral("KEY"), QStringLiteral("The setting."),
                                 QStringLiteral("[KEY]"));
    parser.addPositionalArgument(QStringLiteral("VALUE"), QStringLiteral("Its new value (set)."),
                                 QStringLiteral("[VALUE]"));
    int exitCode = Ok;
    if (!parseCommand(parser, ctx, description(), exitCode)) return exitCode;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    const qsizetype expected = action == QStringLiteral("list")                                       ? 1
                               : action == QStringLiteral("set")                                      ? 3
                               : action == QStringLiteral("get") || action == QStringLiteral("unset") ? 2
                                                                                                      : -1;
    if (expected < 0 || (args.size() != expected && !(action == QStringLiteral("list") && args.isEmpty()))) {
        ctx.err << "tenure-cli settings: expected list, get KEY, set KEY VALUE or unset KEY (see --help)\n";
        return UsageError;
    }
    auto store = openStore(ctx, store::OpenMode::MustExist);
    if (!store) return UsageError;
    const QString key = args.value(1);
    if (action == QStringLiteral("list")) {
        for (const auto& [k, v] : store->settings())
            ctx.out << k << "=" << v << "\n";
        return Ok;
    }
    if (action == QStringLiteral("get")) {
        const QString value = store->setting(key);
        if (value.isEmpty()) {
            ctx.err << "tenure-cli settings: " << key << " is not set\n";
            return Problem;
        }
        ctx.out << value << "\n";
        return Ok;
    }
    if (action == QStringLiteral("unset")) {
        if (Status s = store->removeSetting(key); !s) {
            ctx.err << "tenure-cli settings: " << s.error() << "\n";
            return UsageError;
        }
        return Ok;
    }
    const QString value = args.value(2);
    if (Status s = reports::validateSetting(*store, key, value); !s) {
        ctx.err << "tenure-cli settings: " << s.error() << "\n";
        return UsageError;
    }
    if (Status s = store->setSetting(key, value); !s) {
        ctx.err << "tenure-cli settings: " << s.error() << "\n";
        return UsageError;
    }
    return Ok;
}

} // namespace tenure::cli
