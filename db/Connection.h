// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace localrig::db {

// One named QSQLITE connection, owned: the name is unique per object and the connection is closed and
// removed when the owner dies (qBittorrent's DBResumeDataStorage does the same). Internal to db/: the
// rest of the app never sees a QSqlDatabase.
class Connection
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    static Result<Connection> open(const QString& path, Mode mode);

    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    QSqlDatabase database() const;
    const QString& path() const { return m_path; }
    bool isOpen() const { return !m_name.isEmpty(); }
    // Closes and removes the connection now (before moving the file aside, for example).
    void close();

private:
    Connection(QString name, QString path);

    QString m_name;
    QString m_path;
};

} // namespace localrig::db
