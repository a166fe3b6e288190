#pragma once

#include "store/store.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace tenure::cli {

enum ExitCode { Ok = 0, Problem = 1, UsageError = 2 };

// What every command gets: the store path and its own arguments (the program name first).
struct Context {
    QString dbPath;
    QString command;
    QStringList args;
    QTextStream& out;
    QTextStream& err;
};

// Parses a command's options; prints --help or a usage error. Returns false when the caller
// should exit with `exitCode`.
bool parseCommand(QCommandLineParser& parser, Context& ctx, const QString& description, int& exitCode);

// Opens the store, printing the reason to stderr on failure.
std::unique_ptr<store::Store> openStore(Context& ctx, store::OpenMode mode);

bool stderrIsTerminal();

int initCommand(Context& ctx);
int importCommand(Context& ctx);
int exportCommand(Context& ctx);
int countCommand(Context& ctx);
int demoCommand(Context& ctx);
int backupCommand(Context& ctx);
int checkCommand(Context& ctx);
int reportCommand(Context& ctx);
int settingsCommand(Context& ctx);
// `report health` has options of its own (healthcommand.cpp): the report command hands it over.
bool isHealthReport(const QStringList& args);
int healthReportCommand(Context& ctx);
int segmentsCommand(Context& ctx);
int tasksCommand(Context& ctx);
int playbooksCommand(Context& ctx);
int loyaltyCommand(Context& ctx);

// Runs the playbooks after a successful import and prints "playbooks: N tasks created" to `out`.
int runPlaybooksAfterImport(Context& ctx, store::Store& store, QTextStream& out);

} // namespace tenure::cli
