// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "ui/CatalogData.h"
#include "ui/PlanCalculator.h"

#include <QString>

#include <functional>

namespace localrig::ui {

// Told the progress in percent (0–100); returns false to cancel. An empty callback never cancels.
using ProgressCallback = std::function<bool(int percent)>;

// The detail of the Error a cancelled export returns (ErrorCode::Io); see isCancellation().
inline constexpr char kReportCancelled[] = "cancelled";

// Writes the recommendation as a multi-page PDF (A4, or Letter where the locale measures in US units):
// title page, inputs, tier card, ranked machines, the four comparison charts as vector graphics,
// assumptions and formulas, sources and the guide's disclaimer, "Page N of M" on every page.
// The file appears only when the whole report was written: a cancelled or failed export leaves none
// (and leaves an existing file at `path` untouched).
Result<void> writePdfReport(const QString& path, const PlanResult& result, const PlanInputs& inputs,
                            const CatalogData& catalog, ProgressCallback progress = {});

bool isCancellation(const Error& error);

} // namespace localrig::ui
