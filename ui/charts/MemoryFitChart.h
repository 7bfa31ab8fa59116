// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartStyle.h"
#include "core/Recommender.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

class QChart;

namespace localrig::ui {

// Per machine, a stacked bar of weights, KV cache (+ fixed state) and runtime overhead in GB (binary) of the
// largest chosen model there (the one that decides the fit), against the machine's memory line and its
// headroom line (FitResult's comfortable limit), labelled with its value. Every figure is the core's
// MemoryBreakdown / FitResult; nothing is recomputed here.
class MemoryFitChart
{
    Q_DECLARE_TR_FUNCTIONS(MemoryFitChart)

public:
    // Bar sets in this order; the fixed-state set is present only when some model has linear-attention state.
    static std::unique_ptr<QChart> build(const std::vector<core::PlatformAssessment>& machines,
                                         const std::vector<core::ModelNeed>& models, double headroom,
                                         const ChartStyle& style);
    // Object names of the series, for the page and the tests.
    static QString headroomSeriesName() { return QStringLiteral("headroomLine"); }
    static QString memorySeriesName() { return QStringLiteral("memoryLine"); }
};

} // namespace localrig::ui
