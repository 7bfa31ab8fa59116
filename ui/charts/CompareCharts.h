// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartStyle.h"
#include "core/Recommender.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <array>
#include <memory>
#include <string>
#include <vector>

class QChart;

namespace localrig::ui {

struct PlanInputs;
struct PlanResult;

// Which machines and models the comparison shows (platform and model ids).
struct ComparisonSelection
{
    std::vector<std::string> machineIds;
    std::vector<std::string> modelIds;
};

// The four comparison charts from one plan result, built by the same builders for the Compare page and
// the PDF report (STYLE.md §7: no second drawing path).
class CompareCharts
{
    Q_DECLARE_TR_FUNCTIONS(CompareCharts)

public:
    enum Kind { MemoryFit, DecodeSpeed, Tco, PriceSpeed, KindCount };
    using Charts = std::array<std::unique_ptr<QChart>, KindCount>;

    static constexpr int kMinMachines = 2;
    static constexpr int kMaxMachines = 4;
    static constexpr int kDefaultMachines = 3;

    // The first ranked machines that run the plan within the buyer's limits, then those past the limits that run it
    // well, then any others if too few, best first.
    static std::vector<std::string> defaultMachines(const core::Recommendation& recommendation,
                                                    int count = kDefaultMachines);
    // Every model of the plan.
    static std::vector<std::string> allModels(const PlanResult& result);
    static Result<Charts> build(const PlanResult& result, const PlanInputs& inputs,
                                const ComparisonSelection& selection, const ChartStyle& style);
    static QString title(Kind kind);
};

} // namespace localrig::ui
