// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartStyle.h"
#include "core/Recommender.h"
#include "core/Result.h"
#include "core/Tco.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

class QChart;

namespace localrig::ui {

struct PlanInputs;

// One machine's cumulative cost, as core::computeTco returns it.
struct MachineTco
{
    QString name;
    double priceUsd = 0.0;
    core::TcoResult tco;
};

// Cumulative cost of each machine (price + electricity) month by month against the API spend line,
// each break-even month marked and labelled.
class TcoChart
{
    Q_DECLARE_TR_FUNCTIONS(TcoChart)

public:
    // core::computeTco for every priced machine with the plan's API spend, tariff and hours (machines
    // without a price are left out: they have no cost line).
    static Result<std::vector<MachineTco>> compute(const std::vector<core::PlatformAssessment>& machines,
                                                   const PlanInputs& inputs, int months);
    static std::unique_ptr<QChart> build(const std::vector<MachineTco>& machines, double apiUsdPerMonth,
                                         const ChartStyle& style);
    static QString apiSeriesName() { return QStringLiteral("apiSpendLine"); }
    static QString machineSeriesName() { return QStringLiteral("machineCostLine"); }
    static QString breakEvenSeriesName() { return QStringLiteral("breakEvenPoint"); }
};

} // namespace localrig::ui
