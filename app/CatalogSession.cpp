// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogSession.h"

#include "db/CatalogLoader.h"
#include "db/DataLocations.h"
#include "db/UserDatabase.h"
#include "ui/CatalogDataLoader.h"

#include <QCoreApplication>

namespace localrig::app {

Result<CatalogSession> openCatalogSession(QTextStream& err)
{
    auto user = db::UserDatabase::openDefault();
    const db::UserDatabase* userDatabase = nullptr;
    if (user) {
        if (user.value().recovery()) {
            err << QCoreApplication::translate("CatalogSession", "localrig: %1").arg(user.value().recoveryMessage())
                << Qt::endl;
        }
        userDatabase = &user.value();
    } else {
        // The shipped catalog alone still answers; the user's rows are reported missing, not lost.
        err << QCoreApplication::translate("CatalogSession", "localrig: your own rows are not loaded: %1")
                   .arg(QString::fromStdString(user.error().detail))
            << Qt::endl;
    }
    BOOST_OUTCOME_TRY(catalog, db::loadCatalog(db::shippedCatalogPath(), userDatabase));
    CatalogSession session{std::move(catalog), {}};
    session.data = ui::CatalogDataLoader::fromCatalog(session.catalog);
    return session;
}

} // namespace localrig::app
