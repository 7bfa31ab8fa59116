// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseRecovery.h"

#include "Migrator.h"
#include "Sql.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace localrig::db {

namespace {

constexpr qint64 kHeaderBytes = 100;

quint32 bigEndian(const QByteArray& bytes, int offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i) {
        value = (value << 8) | static_cast<quint8>(bytes.at(offset + i));
    }
    return value;
}

} // namespace

std::optional<QString> inspectDatabaseFile(const QString& path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0) {
        return std::nullopt; // SQLite creates a fresh database
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt; // not ours to judge: opening will report the real problem
    }
    const QByteArray header = file.read(kHeaderBytes);
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return QStringLiteral("it is not an SQLite database");
    }
    if (header.size() < kHeaderBytes) {
        return QStringLiteral("it is truncated (%1 bytes)").arg(file.size());
    }
    const quint32 rawPageSize = bigEndian(header, 16, 2);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const qint64 pageCount = bigEndian(header, 28, 4);
    const bool pageCountValid = bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        return QStringLiteral("its header is damaged (page size %1)").arg(pageSize);
    }
    if (pageCountValid && pageCount > 0 && file.size() < pageCount * pageSize) {
        return QStringLiteral("it is truncated (%1 of %2 bytes)").arg(file.size()).arg(pageCount * pageSize);
    }
    return std::nullopt;
}

std::optional<QString> inspectOpenDatabase(const QSqlDatabase& database)
{
    QString verdict;
    auto checked = sql::forEachRow(database, QStringLiteral("PRAGMA quick_check"), {}, [&](const QSqlQuery& q) {
        if (verdict.isEmpty()) {
            verdict = q.value(0).toString();
        }
        return Result<void>(outcome::success());
    });
    // Only damage makes a file unusable. A lock held by a second LocalRig, or a disk error, is not the
    // file's fault: opening goes on and reports it, and the file stays where it is.
    if (!checked && sql::isEnvironmentError(checked.error())) {
        return std::nullopt;
    }
    if (!checked) {
        return QStringLiteral("SQLite cannot read it (%1)").arg(QString::fromStdString(checked.error().detail));
    }
    if (verdict != QLatin1String("ok")) {
        return QStringLiteral("its integrity check fails (%1)").arg(verdict.left(200));
    }
    auto version = sql::userVersion(database);
    if (!version) {
        if (sql::isEnvironmentError(version.error())) {
            return std::nullopt;
        }
        return QString::fromStdString(version.error().detail);
    }
    int tables = 0;
    bool hasPlatform = false;
    auto listed = sql::forEachRow(database,
                                  QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                                 "LIKE 'sqlite_%'"),
                                  {}, [&](const QSqlQuery& q) {
                                      ++tables;
                                      hasPlatform = hasPlatform || q.value(0).toString() == QLatin1String("platform");
                                      return Result<void>(outcome::success());
                                  });
    if (!listed) {
        if (sql::isEnvironmentError(listed.error())) {
            return std::nullopt;
        }
        return QStringLiteral("SQLite cannot read it (%1)").arg(QString::fromStdString(listed.error().detail));
    }
    if (version.value() == 0 && tables > 0) {
        return QStringLiteral("it is another program's database (no LocalRig schema version)");
    }
    if (version.value() > 0 && !hasPlatform) {
        return QStringLiteral("it is another program's database (schema version %1 without LocalRig's tables)")
            .arg(version.value());
    }
    if (version.value() > latestSchemaVersion()) {
        return QStringLiteral("it was written by a newer LocalRig (schema %1, this one knows %2)")
            .arg(version.value())
            .arg(latestSchemaVersion());
    }
    return std::nullopt;
}

Result<QString> moveAside(const QString& path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = path + QStringLiteral(".unusable-") + stamp;
    for (int n = 1; QFileInfo::exists(target); ++n) {
        target = path + QStringLiteral(".unusable-") + stamp + QStringLiteral("-%1").arg(n);
    }
    if (!QFile::rename(path, target)) {
        return makeError(ErrorCode::Io, "cannot move " + path.toStdString() + " aside to " + target.toStdString());
    }
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(path + suffix)) {
            QFile::rename(path + suffix, target + suffix);
        }
    }
    return target;
}

} // namespace localrig::db
