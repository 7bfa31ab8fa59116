// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppCatalog.h"

#include "CatalogLoader.h"
#include "DataLocations.h"

namespace localrig::db {

Result<AppCatalog> openAppCatalog(const QString& shippedPath, const QString& userPath)
{
    AppCatalog app;
    auto user = UserDatabase::open(userPath);
    if (user) {
        app.user = std::make_unique<UserDatabase>(std::move(user).value());
        app.warning = app.user->recoveryMessage();
    } else {
        app.warning = QStringLiteral("the user database %1 cannot be opened (%2); your own machines and models are "
                                     "not available this time")
                          .arg(userPath, QString::fromStdString(user.error().detail));
    }
    auto catalog = loadCatalog(shippedPath, app.user.get());
    if (!catalog && app.user) {
        // The user rows are the problem, not the shipped catalog: start on the shipped catalog alone.
        auto shippedOnly = loadCatalog(shippedPath, nullptr);
        if (shippedOnly) {
            app.warning = QStringLiteral("the user database %1 cannot be read (%2); showing the shipped catalog only")
                              .arg(userPath, QString::fromStdString(catalog.error().detail));
            catalog = std::move(shippedOnly);
        }
    }
    if (!catalog) {
        return catalog.error();
    }
    app.catalog = std::move(catalog).value();
    return app;
}

Result<AppCatalog> openAppCatalog()
{
    return openAppCatalog(shippedCatalogPath(), userDatabasePath());
}

} // namespace localrig::db
