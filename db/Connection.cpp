// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Connection.h"

#include <QSqlError>

#include <atomic>
#include <utility>

namespace localrig::db {

namespace {

QString uniqueConnectionName()
{
    static std::atomic<unsigned long long> counter{0};
    return QStringLiteral("localrig-db-%1").arg(++counter);
}

} // namespace

Result<Connection> Connection::open(const QString& path, Mode mode)
{
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        // A second LocalRig writing the same file waits instead of failing at once.
        database.setConnectOptions(mode == Mode::ReadOnly
                                       ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                       : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!database.open()) {
            const QString reason = database.lastError().text();
            database = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return makeError(ErrorCode::Io, "cannot open " + path.toStdString() + ": " + reason.toStdString());
        }
    }
    return Connection(name, path);
}

Connection::Connection(QString name, QString path)
    : m_name(std::move(name))
    , m_path(std::move(path))
{ }

Connection::Connection(Connection&& other) noexcept
    : m_name(std::exchange(other.m_name, QString()))
    , m_path(std::exchange(other.m_path, QString()))
{ }

Connection& Connection::operator=(Connection&& other) noexcept
{
    if (this != &other) {
        close();
        m_name = std::exchange(other.m_name, QString());
        m_path = std::exchange(other.m_path, QString());
    }
    return *this;
}

Connection::~Connection()
{
    close();
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

void Connection::close()
{
    if (m_name.isEmpty()) {
        return;
    }
    {
        QSqlDatabase database = QSqlDatabase::database(m_name, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

} // namespace localrig::db
