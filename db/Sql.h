// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <vector>

// The few ways db/ talks to SQLite. Every statement is a literal with `?` placeholders and its values
// are bound, never spliced into the text (a test greps for string-built SQL). Internal to db/.
namespace localrig::db::sql {

Result<void> execute(const QSqlDatabase& database, const QString& statement, const QVariantList& values = {});

// Runs a SELECT and calls `row` for each result row; stops at the first error `row` returns.
Result<void> forEachRow(const QSqlDatabase& database, const QString& statement, const QVariantList& values,
                        const std::function<Result<void>(const QSqlQuery&)>& row);

// BEGIN IMMEDIATE, work, COMMIT; ROLLBACK when work fails. Nothing is half-written.
Result<void> inTransaction(const QSqlDatabase& database, const std::function<Result<void>()>& work);

// True for an error of the disk, a lock or the permissions (full, read-only, busy, I/O, cannot open):
// the file may be fine, so it must not be judged unusable (moved aside) for it.
bool isEnvironmentError(const Error& error);

Result<int> userVersion(const QSqlDatabase& database);

// Splits a migration script into statements at `;` outside quotes and comments.
std::vector<QString> splitScript(const QString& script);

} // namespace localrig::db::sql
