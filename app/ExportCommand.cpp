// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "db/AppCatalog.h"
#include "db/UserDataFile.h"

namespace localrig::app {

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::summary() const
{
    return tr("Export your own platforms, models and prices to a JSON or CSV file.");
}

QString ExportCommand::fileDescription() const
{
    return tr("The .json or .csv file to write.");
}

QString ExportCommand::expectedOneFile() const
{
    return tr("localrig export: expected one FILE (.json or .csv)");
}

QString ExportCommand::failure(const QString& detail) const
{
    return tr("localrig export: %1").arg(detail);
}

int ExportCommand::runWithFile(const QString& file, QTextStream& out, QTextStream& err)
{
    auto user = db::UserDatabase::openDefault();
    if (!user) {
        err << failure(QString::fromStdString(user.error().detail)) << Qt::endl;
        return ExitFailure;
    }
    if (!user.value().recoveryMessage().isEmpty()) {
        err << tr("localrig: warning: %1").arg(user.value().recoveryMessage()) << Qt::endl;
    }
    auto exported = db::exportUserDataFile(file, user.value());
    if (!exported) {
        err << failure(QString::fromStdString(exported.error().detail)) << Qt::endl;
        return ExitFailure;
    }
    const db::ImportSummary& summary = exported.value();
    out << tr("Exported %1 platform(s), %2 model(s) and %3 price(s) to %4")
               .arg(summary.platforms)
               .arg(summary.models)
               .arg(summary.prices)
               .arg(file)
        << '\n';
    return ExitOk;
}

} // namespace localrig::app
