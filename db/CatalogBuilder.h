// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <map>

namespace localrig::db {

class RowLoader;
struct TableSpec;

// Builds the shipped catalog from its reviewable text (db/catalog/*.csv and articles/*.md): applies the
// migrations to a fresh SQLite file and loads every row, validating each one (column count, numbers and
// their ranges, enums, dates, references, source/source_date/confirmed, and the core's own checks on
// every model and platform). Any problem fails the build; each reads "file:line: field: reason".
// A missing file is an empty table, so a partial catalog still builds.
class CatalogBuilder
{
public:
    explicit CatalogBuilder(QString sourceDir);

    // Writes outputPath atomically (a temporary file renamed at the end). On failure the error detail
    // holds every problem, one per line, and outputPath is left as it was.
    Result<void> build(const QString& outputPath);

    const QStringList& problems() const { return m_problems; }
    // Rows loaded per table, for the builder's summary line.
    const std::map<QString, int>& rowCounts() const { return m_counts; }

private:
    Result<void> fill(const QSqlDatabase& database);
    void loadTable(RowLoader& loader, const TableSpec& table);
    void loadArticles(RowLoader& loader, const QSqlDatabase& database);
    void checkCoreRules(RowLoader& loader, const QSqlDatabase& database);

    QString m_sourceDir;
    QStringList m_problems;
    std::map<QString, int> m_counts;
};

} // namespace localrig::db
