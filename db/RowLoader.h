// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogSchema.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace localrig::db {

// Validates text rows against a TableSpec and inserts the good ones with the table's bound INSERT.
// Shared by the catalog builder (CSV files) and the importer (JSON or CSV from the user), so both accept
// exactly the same rows. Problems are collected as "file:line: field: reason".
class RowLoader
{
public:
    enum class Origin {
        Catalog, // source, source_date and confirmed are required
        User, // missing source/source_date/confirmed become "user", today, 0
    };

    RowLoader(QSqlDatabase database, Origin origin);

    // `cells` maps column names to raw text; a missing column is an empty cell. Returns true when stored.
    bool loadRow(const TableSpec& table, const QString& file, int line, const QHash<QString, QString>& cells);
    // Ids other sources already provide (the shipped catalog when importing), per table.
    void addKnownIds(const QString& table, const QStringList& ids);
    // Reports every reference to an id that no loaded row or known id provides.
    void checkReferences();

    void problem(const QString& file, int line, const QString& field, const QString& reason);
    void problem(const QString& formatted); // already "file:line: field: reason"
    const QStringList& problems() const { return m_problems; }
    const std::map<QString, int>& rowCounts() const { return m_counts; }
    int lineOf(const QString& table, const QString& id) const;
    QString newestSourceDate() const { return m_newestDate; }

private:
    struct Reference
    {
        QString file;
        int line = 0;
        QString field;
        QString table;
        QString id;
    };

    QSqlDatabase m_database;
    Origin m_origin = Origin::Catalog;
    QStringList m_problems;
    QHash<QString, QHash<QString, int>> m_ids; // table -> folded id -> line (0 = known from elsewhere)
    QHash<QString, QHash<QString, int>> m_positions; // numbered tables -> key -> next position
    std::vector<Reference> m_references;
    std::map<QString, int> m_counts;
    QString m_newestDate;
};

} // namespace localrig::db
