// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"

#include <QString>

#include <map>
#include <string>

namespace localrig::ui {

// What a reader of the Models page wants to see about a model beyond core::ModelSpec (which already
// carries name and family). The catalog loader fills one per model id from db::ModelEntry
// (developer, license, releaseDate, modalities) and db::FileSizeEntry (measuredFileSource, keyed by
// quantization id, for the tooltip next to a measured file size). Every field may stay empty: the
// page shows "—" and the table still works.
struct ModelDisplayInfo
{
    QString developer;
    QString license;
    QString releaseDate; // ISO date as the catalog holds it, possibly partial (2025-03)
    QString modalities; // "text;image"
    std::map<std::string, Provenance> measuredFileSource; // quant id -> where the file size was measured
};

using ModelDisplayInfoMap = std::map<std::string, ModelDisplayInfo>; // model id -> display fields

} // namespace localrig::ui
