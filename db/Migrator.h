// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

// Schema migrations: db/migrations/NNNN_name.sql, embedded through db/migrations.qrc. Each one runs
// inside its own transaction and ends with `PRAGMA user_version = NNNN`, which the migrator checks.
namespace localrig::db {

struct Migration
{
    int version = 0;
    QString fileName;
    QString script;
};

// Every embedded migration in ascending order; numbering must run 1, 2, 3 ... without gaps.
Result<std::vector<Migration>> embeddedMigrations();
int latestSchemaVersion();

// Applies the migrations above the database's user_version up to `targetVersion` (0 = latest), each in
// a transaction. Returns the version reached. A database newer than this build is refused.
Result<int> migrate(const QSqlDatabase& database, int targetVersion = 0);

} // namespace localrig::db
