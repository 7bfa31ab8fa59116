// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "db/Catalog.h"
#include "ui/CatalogData.h"

#include <QTextStream>

namespace localrig::app {

// The catalog as a command sees it: shipped rows merged with the user's, plus the same data in the
// shape the pages and the report read.
struct CatalogSession
{
    db::Catalog catalog;
    ui::CatalogData data;
};

// Opens the user database (moving a corrupt one aside and saying so on `err`) and loads the catalog.
Result<CatalogSession> openCatalogSession(QTextStream& err);

} // namespace localrig::app
