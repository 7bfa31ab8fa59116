// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogTypes.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// Deciding that a user database cannot be trusted, and putting it aside without losing it.
namespace localrig::db {

// Checks the file before SQLite sees it: the 16-byte magic string and the length the header promises.
// Returns the reason it is unusable, or nothing when it looks like an SQLite file (or is absent/empty).
std::optional<QString> inspectDatabaseFile(const QString& path);

// Checks an open database: quick_check, and that its tables are LocalRig's (user_version and tables).
std::optional<QString> inspectOpenDatabase(const QSqlDatabase& database);

// Renames path (and its -wal/-shm companions) to path.unusable-<UTC timestamp>; returns the new path.
Result<QString> moveAside(const QString& path);

} // namespace localrig::db
