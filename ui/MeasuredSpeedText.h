// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Platform.h"
#include "core/SpeedEstimate.h"
#include "db/CatalogTypes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace localrig::ui {

// How a published measurement reads next to LocalRig's estimate: a short cell ("84 tokens/s measured") and
// a tooltip that names the source, the conditions it was measured in and the estimated band.
class MeasuredSpeedText
{
    Q_DECLARE_TR_FUNCTIONS(MeasuredSpeedText)

public:
    // "84 tokens/s measured"; "147 tokens/s measured (Vulkan)" when measured on another backend than the machine's.
    static QString cell(const db::MeasurementEntry& measured, core::Backend platformBackend);
    // The same without the unit, for a table whose header states it: "84 measured".
    static QString tableCell(const db::MeasurementEntry& measured, core::Backend platformBackend);
    // Measured figures, context, backend, source and date, then the estimate when there is one.
    static QString tooltip(const db::MeasurementEntry& measured, core::Backend platformBackend,
                           const std::optional<core::SpeedBand>& estimate);
};

} // namespace localrig::ui
