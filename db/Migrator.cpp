// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrator.h"

#include "Sql.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

// Q_INIT_RESOURCE must be called from the global namespace; localrig_db is a static library.
static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace localrig::db {

namespace {

const QString kMigrationFolder = QStringLiteral(":/localrig/migrations");

} // namespace

Result<std::vector<Migration>> embeddedMigrations()
{
    initMigrationResources();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    std::vector<Migration> migrations;
    const QStringList names = QDir(kMigrationFolder).entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch()) {
            return makeError(ErrorCode::CorruptCatalog,
                             "migration file name '" + name.toStdString() + "' is not NNNN_lower_case.sql");
        }
        QFile file(kMigrationFolder + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Io, "cannot read migration " + name.toStdString());
        }
        migrations.push_back(Migration{match.captured(1).toInt(), name, QString::fromUtf8(file.readAll())});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != static_cast<int>(i) + 1) {
            return makeError(ErrorCode::CorruptCatalog,
                             "migration " + migrations[i].fileName.toStdString() + " breaks the numbering 1, 2, 3 ...");
        }
    }
    return migrations;
}

int latestSchemaVersion()
{
    auto migrations = embeddedMigrations();
    return migrations ? static_cast<int>(migrations.value().size()) : 0;
}

Result<int> migrate(const QSqlDatabase& database, int targetVersion)
{
    BOOST_OUTCOME_TRY(migrations, embeddedMigrations());
    const int latest = static_cast<int>(migrations.size());
    const int target = targetVersion <= 0 ? latest : std::min(targetVersion, latest);
    BOOST_OUTCOME_TRY(current, sql::userVersion(database));
    if (current > latest) {
        return makeError(ErrorCode::CorruptCatalog,
                         "schema version " + std::to_string(current) + " is newer than this LocalRig knows ("
                             + std::to_string(latest) + ")");
    }
    for (const Migration& migration : migrations) {
        if (migration.version <= current || migration.version > target) {
            continue;
        }
        BOOST_OUTCOME_TRYV(sql::inTransaction(database, [&]() -> Result<void> {
            for (const QString& statement : sql::splitScript(migration.script)) {
                auto done = sql::execute(database, statement);
                if (!done) {
                    return makeError(done.error().code, migration.fileName.toStdString() + ": " + done.error().detail);
                }
            }
            BOOST_OUTCOME_TRY(reached, sql::userVersion(database));
            if (reached != migration.version) {
                return makeError(ErrorCode::CorruptCatalog,
                                 migration.fileName.toStdString() + " does not set its user_version to "
                                     + std::to_string(migration.version));
            }
            return outcome::success();
        }));
        current = migration.version;
    }
    return current;
}

} // namespace localrig::db
