// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataLocations.h"

#include <QDir>
#include <QStandardPaths>

namespace localrig::db {

QString userDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("user.sqlite"));
}

} // namespace localrig::db
