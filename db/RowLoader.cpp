// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowLoader.h"

#include "Sql.h"

#include <QDate>

namespace localrig::db {

namespace {

constexpr qsizetype kMaxProblems = 200;

} // namespace

RowLoader::RowLoader(QSqlDatabase database, Origin origin)
    : m_database(database) // QSqlDatabase is a shared handle with no move constructor
    , m_origin(origin)
{ }

void RowLoader::problem(const QString& file, int line, const QString& field, const QString& reason)
{
    if (m_problems.size() < kMaxProblems) {
        m_problems.append(QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(field, reason));
    }
}

void RowLoader::problem(const QString& formatted)
{
    if (m_problems.size() < kMaxProblems) {
        m_problems.append(formatted);
    }
}

void RowLoader::addKnownIds(const QString& table, const QStringList& ids)
{
    QHash<QString, int>& known = m_ids[table];
    for (const QString& id : ids) {
        if (!known.contains(id.toCaseFolded())) {
            known.insert(id.toCaseFolded(), 0);
        }
    }
}

int RowLoader::lineOf(const QString& table, const QString& id) const
{
    return m_ids.value(table).value(id.toCaseFolded());
}

bool RowLoader::loadRow(const TableSpec& table, const QString& file, int line, const QHash<QString, QString>& cells)
{
    const QString tableName = QLatin1String(table.table);
    QVariantList values;
    bool valid = true;
    for (const FieldSpec& field : table.fields) {
        const QString name = QLatin1String(field.name);
        QString cell = cells.value(name).trimmed();
        if (m_origin == Origin::User && cell.isEmpty()) {
            if (name == QLatin1String("source")) {
                cell = QStringLiteral("user");
            } else if (name == QLatin1String("source_date")) {
                cell = QDate::currentDate().toString(Qt::ISODate);
            } else if (name == QLatin1String("confirmed")) {
                cell = QStringLiteral("no");
            }
        }
        auto value = convertField(field, cell);
        if (!value) {
            problem(file, line, name, QString::fromStdString(value.error().detail));
            valid = false;
            continue;
        }
        values.append(value.value());
        if (name == QLatin1String("source_date")) {
            const QString date = value.value().toString();
            const qsizetype slash = date.indexOf(QLatin1Char('/'));
            const QString last = slash < 0 ? date : date.mid(slash + 1);
            m_newestDate = qMax(m_newestDate, last);
        }
        if (field.references != nullptr && !value.value().toString().isEmpty()) {
            m_references.push_back(
                Reference{file, line, name, QLatin1String(field.references), value.value().toString()});
        }
    }
    if (!valid) {
        return false;
    }
    QHash<QString, int>& ids = m_ids[tableName];
    QString id;
    if (table.idField != nullptr) {
        id = values.at(fieldIndex(table, table.idField)).toString().toCaseFolded();
        if (ids.value(id, -1) > 0) {
            problem(file, line, QLatin1String(table.idField),
                    QStringLiteral("'%1' is already used on line %2").arg(id).arg(ids.value(id)));
            return false;
        }
    }
    const int minIndex = fieldIndex(table, "min_gb");
    const int maxIndex = fieldIndex(table, "max_gb");
    if (minIndex >= 0 && maxIndex >= 0 && values.at(minIndex).toDouble() > values.at(maxIndex).toDouble()) {
        problem(file, line, QStringLiteral("max_gb"), QStringLiteral("is below min_gb"));
        return false;
    }
    if (table.numberedBy != nullptr) {
        const QString key = values.at(fieldIndex(table, table.numberedBy)).toString();
        values.append(m_positions[tableName][key]++);
    }
    auto inserted = sql::execute(m_database, QLatin1String(table.insertSql), values);
    if (!inserted) {
        problem(file, line, QStringLiteral("row"), QString::fromStdString(inserted.error().detail));
        return false;
    }
    if (table.idField != nullptr) {
        ids.insert(id, line);
    }
    ++m_counts[tableName];
    return true;
}

void RowLoader::checkReferences()
{
    for (const Reference& reference : m_references) {
        if (!m_ids.value(reference.table).contains(reference.id.toCaseFolded())) {
            problem(reference.file, reference.line, reference.field,
                    QStringLiteral("no %1 with id '%2'").arg(reference.table, reference.id));
        }
    }
    m_references.clear();
}

} // namespace localrig::db
