// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogTypes.h"

#include <QHash>
#include <QString>

// User rows back to the catalog text's columns (name -> text), for export. Import reads them back
// through the catalog schema, so an exported file always re-imports.
namespace localrig::db {

using Cells = QHash<QString, QString>;

Cells platformCells(const PlatformEntry& entry);
Cells modelCells(const ModelEntry& entry); // without the KV layout: see kvGroupCells
Cells kvGroupCells(const QString& modelId, const core::KvLayerGroup& group, const SourceInfo& source);
Cells priceCells(const PricePoint& price);

} // namespace localrig::db
