// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sql.h"

#include <QSqlError>

namespace localrig::db::sql {

namespace {

Error sqlError(const QSqlQuery& query, const QString& statement)
{
    const QSqlError error = query.lastError();
    const bool corrupt = error.nativeErrorCode() == QLatin1String("11") // SQLITE_CORRUPT
        || error.nativeErrorCode() == QLatin1String("26"); // SQLITE_NOTADB
    return makeError(corrupt ? ErrorCode::CorruptCatalog : ErrorCode::Io,
                     error.text().toStdString() + " (in: " + statement.simplified().left(80).toStdString() + ")");
}

Result<QSqlQuery> run(const QSqlDatabase& database, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        return sqlError(query, statement);
    }
    for (const QVariant& value : values) {
        // QtSql binds a null QString as SQL NULL; an empty text is '' (the NOT NULL text columns).
        const bool nullText = value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QString(QLatin1String(""))) : value);
    }
    if (!query.exec()) {
        return sqlError(query, statement);
    }
    return query;
}

} // namespace

Result<void> execute(const QSqlDatabase& database, const QString& statement, const QVariantList& values)
{
    BOOST_OUTCOME_TRY(query, run(database, statement, values));
    query.finish();
    return outcome::success();
}

Result<void> forEachRow(const QSqlDatabase& database, const QString& statement, const QVariantList& values,
                        const std::function<Result<void>(const QSqlQuery&)>& row)
{
    BOOST_OUTCOME_TRY(query, run(database, statement, values));
    while (query.next()) {
        BOOST_OUTCOME_TRYV(row(query));
    }
    if (query.lastError().isValid()) {
        return sqlError(query, statement);
    }
    return outcome::success();
}

Result<void> inTransaction(const QSqlDatabase& database, const std::function<Result<void>()>& work)
{
    BOOST_OUTCOME_TRYV(execute(database, QStringLiteral("BEGIN IMMEDIATE")));
    Result<void> result = work();
    if (result) {
        result = execute(database, QStringLiteral("COMMIT"));
        if (result) {
            return result;
        }
    }
    (void)execute(database, QStringLiteral("ROLLBACK"));
    return result;
}

Result<int> userVersion(const QSqlDatabase& database)
{
    int version = -1;
    BOOST_OUTCOME_TRYV(forEachRow(database, QStringLiteral("PRAGMA user_version"), {}, [&](const QSqlQuery& q) {
        version = q.value(0).toInt();
        return Result<void>(outcome::success());
    }));
    if (version < 0) {
        return makeError(ErrorCode::CorruptCatalog, "the database has no schema version");
    }
    return version;
}

std::vector<QString> splitScript(const QString& script)
{
    std::vector<QString> statements;
    QString current;
    QChar quote;
    bool lineComment = false;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (lineComment) {
            lineComment = c != QLatin1Char('\n');
            continue;
        }
        if (quote.isNull() && c == QLatin1Char('-') && i + 1 < script.size() && script.at(i + 1) == c) {
            lineComment = true;
            continue;
        }
        if (quote.isNull() && (c == QLatin1Char('\'') || c == QLatin1Char('"'))) {
            quote = c;
        } else if (!quote.isNull() && c == quote) {
            quote = QChar();
        }
        if (quote.isNull() && c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty()) {
                statements.push_back(current.trimmed());
            }
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty()) {
        statements.push_back(current.trimmed());
    }
    return statements;
}

} // namespace localrig::db::sql
