// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sql.h"

#include <QSqlError>

#include <optional>

namespace localrig::db::sql {

namespace {

// What the person can do something about (a full disk, a read-only file, another LocalRig holding the
// lock) is said in words, naming the file; anything else keeps SQLite's text and the statement.
// SQLite result codes (sqlite.org/rescode.html). QSQLITE reports extended codes (SQLITE_IOERR_WRITE is
// 778); the primary code is the low byte.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// What the person can do something about, in words; these errors come from the disk, a lock or the
// file's permissions, never from what the file holds (isEnvironmentError).
const QString& fullText()
{
    static const QString text
        = QStringLiteral("the disk is full (or the database reached its size limit); nothing was saved");
    return text;
}
const QString& readOnlyText()
{
    static const QString text = QStringLiteral("the database is read-only here; nothing was saved");
    return text;
}
const QString& lockedText()
{
    static const QString text = QStringLiteral("another program (a second LocalRig?) kept the database locked for "
                                               "too long; nothing was saved, try again");
    return text;
}
const QString& ioText()
{
    static const QString text = QStringLiteral("the disk reported a read or write error; nothing was saved");
    return text;
}
const QString& cantOpenText()
{
    static const QString text = QStringLiteral("the file cannot be opened");
    return text;
}

std::optional<QString> plainReason(int code)
{
    switch (code) {
    case kSqliteFull:
        return fullText();
    case kSqliteReadOnly:
        return readOnlyText();
    case kSqliteBusy:
    case kSqliteLocked:
        return lockedText();
    case kSqliteIoErr:
        return ioText();
    case kSqliteCantOpen:
        return cantOpenText();
    default:
        return std::nullopt;
    }
}

Error sqlError(const QSqlQuery& query, const QSqlDatabase& database, const QString& statement)
{
    const QSqlError error = query.lastError();
    const int code = primaryCode(error);
    const bool corrupt = code == kSqliteCorrupt || code == kSqliteNotADb;
    if (auto reason = plainReason(code)) {
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1: %2 (SQLite: %3)")
                             .arg(database.databaseName(), *reason, error.databaseText())
                             .toStdString());
    }
    return makeError(corrupt ? ErrorCode::CorruptCatalog : ErrorCode::Io,
                     error.text().toStdString() + " (in: " + statement.simplified().left(80).toStdString() + ")");
}

Result<QSqlQuery> run(const QSqlDatabase& database, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        return sqlError(query, database, statement);
    }
    for (const QVariant& value : values) {
        // QtSql binds a null QString as SQL NULL; an empty text is '' (the NOT NULL text columns).
        const bool nullText = value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QString(QLatin1String(""))) : value);
    }
    if (!query.exec()) {
        return sqlError(query, database, statement);
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
        return sqlError(query, database, statement);
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

bool isEnvironmentError(const Error& error)
{
    if (error.code != ErrorCode::Io) {
        return false;
    }
    const QString detail = QString::fromStdString(error.detail);
    for (const QString* text : {&fullText(), &readOnlyText(), &lockedText(), &ioText(), &cantOpenText()}) {
        if (detail.contains(*text)) {
            return true;
        }
    }
    return false;
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
