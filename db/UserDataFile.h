// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "CatalogTypes.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace localrig::db {

class UserDatabase;

// The user's platforms, models (with their KV layouts) and prices as a file, JSON or CSV by extension.
// Columns and keys are those of the catalog text (platforms.csv, models.csv, model_kv_groups.csv,
// prices.csv), validated by the same rules as the shipped catalog.
//   JSON: {"platforms": [{...}], "models": [{..., "kv_groups": [{...}]}], "prices": [{...}]}
//   CSV:  one header, first column `record` = platform | model | kv_group | price, then the union of the
//         columns; a row fills the columns of its record kind.
enum class DataFileFormat { Json, Csv };

struct ImportSummary
{
    int platforms = 0;
    int models = 0;
    int prices = 0;
};

Result<DataFileFormat> dataFileFormat(const QString& path);

// Parses and validates every row; references may point at `catalog` rows (a price for a shipped
// platform). Any bad row fails the whole file: detail lists "file:line: field: reason", one per line.
Result<CatalogData> parseUserData(const QByteArray& content, DataFileFormat format, const QString& fileName,
                                  const Catalog& catalog);

// parseUserData, then one transaction in the user database: all rows are written, or none.
Result<ImportSummary> importUserDataFile(const QString& path, UserDatabase& user, const Catalog& catalog);

QByteArray serializeUserData(const CatalogData& rows, DataFileFormat format);
// The user database's own platforms, models and prices (not the shipped ones).
Result<ImportSummary> exportUserDataFile(const QString& path, const UserDatabase& user);

} // namespace localrig::db
