// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "BenchCommand.h"
#include "CalibrateCommand.h"
#include "CatalogCommand.h"
#include "Command.h"
#include "DetectCommand.h"
#include "EstimateCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "ImportModelCommand.h"
#include "InspectCommand.h"
#include "RecommendCommand.h"
#include "ReportCommand.h"
#include "TcoCommand.h"
#include "ValidateCommand.h"
#include "ui/Translations.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace localrig::app {

namespace {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<EstimateCommand>());
    commands.push_back(std::make_unique<TcoCommand>());
    commands.push_back(std::make_unique<InspectCommand>());
    commands.push_back(std::make_unique<RecommendCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<BenchCommand>());
    commands.push_back(std::make_unique<CalibrateCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<CatalogCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<DetectCommand>());
    commands.push_back(std::make_unique<ImportModelCommand>());
    return commands;
}

bool isVersionFlag(const QString& arg)
{
    return arg == QLatin1String("--version") || arg == QLatin1String("-v");
}

bool isHelpFlag(const QString& arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("help");
}

void printUsage(QTextStream& out, const std::vector<std::unique_ptr<Command>>& commands)
{
    out << QCoreApplication::translate("CommandLine", "Usage: localrig [command] [options]") << "\n\n"
        << QCoreApplication::translate("CommandLine",
                                       "Without a command, LocalRig opens its window. Commands print and exit; "
                                       "add --json for machine-readable output and --help for a command's options.")
        << "\n\n"
        << QCoreApplication::translate("CommandLine", "Commands:") << '\n';
    for (const auto& command : commands) {
        out << QStringLiteral("  %1 %2").arg(command->name(), -10).arg(command->summary()) << '\n';
    }
    out << '\n'
        << QCoreApplication::translate("CommandLine",
                                       "--lang CODE shows LocalRig in another language (%1); without it, LocalRig "
                                       "follows Preferences, then the system.")
               .arg(ui::Translations::availableCodes())
        << '\n';
}

} // namespace

bool isSubCommandInvocation(int argc, char* argv[])
{
    if (argc < 2) {
        return false;
    }
    // Anything that is not a Qt option (which starts with '-') is a command, known or not.
    const char* first = argv[1];
    return first[0] != '-' || std::strcmp(first, "--version") == 0 || std::strcmp(first, "-v") == 0
        || std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0;
}

bool needsGuiApplication(int argc, char* argv[])
{
    return argc >= 2 && std::strcmp(argv[1], "report") == 0;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LocalRig"));
    QCoreApplication::setApplicationName(QStringLiteral("localrig"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOCALRIG_VERSION));
}

int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const auto commands = allCommands();
    if (arguments.size() < 2 || isHelpFlag(arguments.at(1))) {
        printUsage(out, commands);
        return ExitOk;
    }
    if (isVersionFlag(arguments.at(1))) {
        out << QStringLiteral("localrig %1").arg(QStringLiteral(LOCALRIG_VERSION)) << '\n';
        return ExitOk;
    }
    const QString name = arguments.at(1);
    for (const auto& command : commands) {
        if (command->name() == name) {
            QStringList rest = arguments.mid(2);
            rest.prepend(QStringLiteral("localrig %1").arg(name));
            return command->run(rest, out, err);
        }
    }
    err << QCoreApplication::translate("CommandLine", "localrig: unknown command '%1' (try localrig --help)").arg(name)
        << Qt::endl;
    return ExitBadArguments;
}

int runCommandLine(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = runCommandLine(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}

} // namespace localrig::app
