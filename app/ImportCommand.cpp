// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "core/Result.h"
#include "db/AppCatalog.h"
#include "db/UserDataFile.h"

namespace localrig::app {

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::summary() const
{
    return tr("Import your platforms, models and prices from a JSON or CSV file.");
}

QString ImportCommand::fileDescription() const
{
    return tr("A .json or .csv file written by localrig export.");
}

QString ImportCommand::expectedOneFile() const
{
    return tr("localrig import: expected one FILE (.json or .csv)");
}

QString ImportCommand::failure(const QString& detail) const
{
    return tr("localrig import: %1").arg(detail);
}

int ImportCommand::runWithFile(const QString& file, QTextStream& out, QTextStream& err)
{
    auto opened = db::openAppCatalog();
    if (!opened) {
        err << failure(QString::fromStdString(opened.error().detail)) << Qt::endl;
        return ExitFailure;
    }
    if (!opened.value().user) {
        // One line: why there is no user database is the whole story (the open warning says it).
        err << (opened.value().warning.isEmpty()
                    ? tr("localrig import: there is no user database to import into")
                    : tr("localrig import: nothing imported: %1").arg(opened.value().warning))
            << Qt::endl;
        return ExitFailure;
    }
    if (!opened.value().warning.isEmpty()) {
        err << tr("localrig: warning: %1").arg(opened.value().warning) << Qt::endl;
    }
    auto imported = db::importUserDataFile(file, *opened.value().user, opened.value().catalog);
    if (!imported) {
        const QString detail = QString::fromStdString(imported.error().detail);
        if (imported.error().code == ErrorCode::InvalidInput) {
            // One line per bad row: "file:line: field: reason". Nothing was written.
            err << tr("localrig import: nothing imported; fix these rows:") << '\n' << detail << Qt::endl;
        } else {
            // The disk, not the file, is at fault (full, read-only, locked): one line says so.
            err << tr("localrig import: nothing imported: %1").arg(detail) << Qt::endl;
        }
        return ExitFailure;
    }
    const db::ImportSummary& summary = imported.value();
    out << tr("Imported %1 platform(s), %2 model(s) and %3 price(s) into %4")
               .arg(summary.platforms)
               .arg(summary.models)
               .arg(summary.prices)
               .arg(opened.value().user->path())
        << '\n';
    return ExitOk;
}

} // namespace localrig::app
