// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogTypes.h"
#include "core/Result.h"

#include <QSqlDatabase>

// Reads every fact table of one database (shipped catalog or user database, both at the latest schema)
// into values. KV layouts are attached to their models here; borrowing a relative's layout happens
// after the merge (CatalogLoader), because a user model may name a shipped relative.
namespace localrig::db {

Result<CatalogData> readCatalogTables(const QSqlDatabase& database, bool userDefined);

// Vision projectors and generation models (issue 18; GenerationReader.cpp), appended to `data`.
Result<void> readGenerationTables(const QSqlDatabase& database, CatalogData& data);

} // namespace localrig::db
