// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserDatabaseFile.h"

#include "Connection.h"
#include "DatabaseRecovery.h"
#include "Migrator.h"
#include "Sql.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

namespace localrig::db {

namespace {

// Two LocalRig instances started together both see version N and both try N+1: the second one's
// migration then fails ("table ... already exists") after waiting for the first one's transaction. That
// is progress, not damage: read the version again and carry on from there.
Result<void> migrateAlongsideOthers(const QSqlDatabase& database)
{
    constexpr int kAttempts = 8;
    for (int attempt = 1;; ++attempt) {
        BOOST_OUTCOME_TRY(before, sql::userVersion(database));
        auto migrated = migrate(database);
        if (migrated) {
            return outcome::success();
        }
        if (sql::isEnvironmentError(migrated.error())) {
            return migrated.error(); // a lock or the disk, not the schema: the file stays where it is
        }
        auto after = sql::userVersion(database);
        if (!after || after.value() <= before || attempt == kAttempts) {
            return makeError(ErrorCode::CorruptCatalog, "its schema cannot be upgraded: " + migrated.error().detail);
        }
    }
}

// Switching a new file to WAL upgrades a read lock to a write lock, which SQLite refuses at once (no busy
// wait, to avoid a deadlock) when a second LocalRig starting at the same moment does the same. If that
// one won, the file is in WAL now; if not, try again, for up to the 5 s a writer would wait. (A file
// system without WAL support leaves the old mode without an error; SQLite then still journals.)
Result<void> switchToWal(const QSqlDatabase& database)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        auto switched = sql::execute(database, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (switched) {
            return switched;
        }
        QString mode;
        auto read = sql::forEachRow(database, QStringLiteral("PRAGMA journal_mode"), {}, [&](const QSqlQuery& q) {
            mode = q.value(0).toString();
            return Result<void>(outcome::success());
        });
        if (read && mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0) {
            return outcome::success();
        }
        if (waited.elapsed() > 5000) {
            return switched;
        }
        QThread::msleep(50);
    }
}

} // namespace

Result<std::unique_ptr<Connection>> openUserDatabaseFile(const QString& path)
{
    if (auto problem = inspectDatabaseFile(path)) {
        return makeError(ErrorCode::CorruptCatalog, problem->toStdString());
    }
    BOOST_OUTCOME_TRY(connection, Connection::open(path, Connection::Mode::ReadWrite));
    auto owned = std::make_unique<Connection>(std::move(connection));
    const QSqlDatabase database = owned->database();
    if (auto problem = inspectOpenDatabase(database)) {
        return makeError(ErrorCode::CorruptCatalog, problem->toStdString());
    }
    // WAL keeps committed edits through a crash (kill -9) and lets a second instance read meanwhile.
    BOOST_OUTCOME_TRYV(switchToWal(database));
    BOOST_OUTCOME_TRYV(sql::execute(database, QStringLiteral("PRAGMA synchronous = FULL")));
    BOOST_OUTCOME_TRYV(migrateAlongsideOthers(database));
    return owned;
}

} // namespace localrig::db
