// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "UserDatabase.h"
#include "core/Result.h"

#include <QString>

#include <memory>

namespace localrig::db {

// What the app and every CLI command start from: the user database (opened, migrated, or moved aside
// and restarted when unusable) and the shipped catalog merged with it.
struct AppCatalog
{
    Catalog catalog;
    std::unique_ptr<UserDatabase> user; // null when the user database cannot be opened at all
    QString warning; // one English line to show the user (a database moved aside, a read-only disk), or empty
};

// Fails only when the shipped catalog cannot be read; a bad user database is a warning, not a failure.
Result<AppCatalog> openAppCatalog(const QString& shippedPath, const QString& userPath);
// The shipped catalog at shippedCatalogPath() and the user database at userDatabasePath().
Result<AppCatalog> openAppCatalog();

} // namespace localrig::db
