// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"
#include "ModelDisplayInfo.h"
#include "db/Catalog.h"

#include <QCoreApplication>

namespace localrig::ui {

// Turns the merged db::Catalog (shipped + user rows) into what the pages, the CLI and the report read.
class CatalogDataLoader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogDataLoader)

public:
    static CatalogData fromCatalog(const db::Catalog& catalog);
    // Developer, licence, release date and where measured file sizes come from, for the Models page.
    static ModelDisplayInfoMap modelInfo(const db::Catalog& catalog);
    static Provenance provenance(const db::SourceInfo& source);
};

} // namespace localrig::ui
