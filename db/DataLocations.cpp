// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataLocations.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace localrig::db {

QString userDatabasePath()
{
    QString overridden = qEnvironmentVariable("LOCALRIG_USER_DATABASE");
    if (!overridden.isEmpty()) {
        return overridden;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("user.sqlite"));
}

QString shippedCatalogPath()
{
    QString overridden = qEnvironmentVariable("LOCALRIG_CATALOG");
    if (!overridden.isEmpty()) {
        return overridden;
    }
    return QDir::cleanPath(QCoreApplication::applicationDirPath()
                           + QStringLiteral("/../share/localrig/catalog.sqlite"));
}

} // namespace localrig::db
