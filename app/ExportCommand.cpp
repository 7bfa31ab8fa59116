// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "CommandHelp.h"
#include "db/AppCatalog.h"
#include "db/UserDataFile.h"

#include <QCommandLineParser>

namespace localrig::app {

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::summary() const
{
    return tr("Export your own platforms, models and prices to a JSON or CSV file.");
}

int ExportCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .json or .csv file to write."));
    if (!parser.parse(arguments)) {
        err << tr("localrig export: %1").arg(parser.errorText()) << Qt::endl;
        return ExitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, name());
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << tr("localrig export: expected one FILE (.json or .csv)") << Qt::endl;
        return ExitBadArguments;
    }
    if (auto format = db::dataFileFormat(positional.first()); !format) {
        err << tr("localrig export: %1").arg(QString::fromStdString(format.error().detail)) << Qt::endl;
        return ExitBadArguments;
    }
    auto user = db::UserDatabase::openDefault();
    if (!user) {
        err << tr("localrig export: %1").arg(QString::fromStdString(user.error().detail)) << Qt::endl;
        return ExitFailure;
    }
    if (!user.value().recoveryMessage().isEmpty()) {
        err << tr("localrig: warning: %1").arg(user.value().recoveryMessage()) << Qt::endl;
    }
    auto exported = db::exportUserDataFile(positional.first(), user.value());
    if (!exported) {
        err << tr("localrig export: %1").arg(QString::fromStdString(exported.error().detail)) << Qt::endl;
        return ExitFailure;
    }
    const db::ImportSummary& summary = exported.value();
    out << tr("Exported %1 platform(s), %2 model(s) and %3 price(s) to %4")
               .arg(summary.platforms)
               .arg(summary.models)
               .arg(summary.prices)
               .arg(positional.first())
        << '\n';
    return ExitOk;
}

} // namespace localrig::app
