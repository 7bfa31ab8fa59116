// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogSession.h"

#include "db/AppCatalog.h"
#include "ui/CatalogDataLoader.h"

#include <QCoreApplication>

namespace localrig::app {

Result<CatalogSession> openCatalogSession(QTextStream& err)
{
    // db::openAppCatalog moves a corrupt user database aside and falls back to the shipped rows.
    BOOST_OUTCOME_TRY(app, db::openAppCatalog());
    if (!app.warning.isEmpty()) {
        err << QCoreApplication::translate("CatalogSession", "localrig: %1").arg(app.warning) << Qt::endl;
    }
    CatalogSession session{std::move(app.catalog), {}};
    session.data = ui::CatalogDataLoader::fromCatalog(session.catalog);
    return session;
}

} // namespace localrig::app
