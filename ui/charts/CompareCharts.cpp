// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompareCharts.h"

#include "DecodeSpeedChart.h"
#include "MemoryFitChart.h"
#include "PriceSpeedChart.h"
#include "TcoChart.h"
#include "ui/PlanCalculator.h"

#include <QChart>

#include <algorithm>
#include <iterator>

namespace localrig::ui {

namespace {

template <class T>
bool contains(const std::vector<T>& values, const T& value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

} // namespace

std::vector<std::string> CompareCharts::defaultMachines(const core::Recommendation& recommendation, int count)
{
    // The machines that run the plan within the buyer's limits, then those that run it well past them (what more
    // money or another vendor buys), then the rest, each group in ranked order.
    const auto group = [](const core::PlatformAssessment& a) {
        if (!a.excluded) {
            return a.verdict != core::BuyerVerdict::TooLarge ? 0 : 2;
        }
        return core::isQualifying(a.verdict) ? 1 : 2;
    };
    std::vector<std::string> ids;
    for (const int wanted : {0, 1, 2}) {
        for (const core::PlatformAssessment& a : recommendation.ranked) {
            if (static_cast<int>(ids.size()) < count && group(a) == wanted) {
                ids.push_back(a.platform.id);
            }
        }
    }
    return ids;
}

std::vector<std::string> CompareCharts::allModels(const PlanResult& result)
{
    std::vector<std::string> ids;
    for (const core::ModelNeed& need : result.plan.needs) {
        if (std::find(ids.begin(), ids.end(), need.model.id) == ids.end()) {
            ids.push_back(need.model.id);
        }
    }
    return ids;
}

Result<CompareCharts::Charts> CompareCharts::build(const PlanResult& result, const PlanInputs& inputs,
                                                   const ComparisonSelection& selection, const ChartStyle& style)
{
    std::vector<core::PlatformAssessment> machines;
    std::vector<core::PlatformAssessment> all;
    if (result.recommendation) {
        for (core::PlatformAssessment a : result.recommendation->ranked) {
            // Charts cost what the buyer pays: a card with its host PC, drawing the host's power too.
            a.platform.priceUsd = a.system.usd;
            a.platform.loadWatts = a.system.loadWatts;
            all.push_back(std::move(a));
        }
        // In the order the person chose them.
        for (const std::string& id : selection.machineIds) {
            for (const core::PlatformAssessment& a : all) {
                if (a.platform.id == id) {
                    machines.push_back(a);
                }
            }
        }
    }
    std::vector<core::ModelNeed> models;
    for (const core::ModelNeed& need : result.plan.needs) {
        const bool shown = std::any_of(models.begin(), models.end(),
                                       [&](const core::ModelNeed& m) { return m.model.id == need.model.id; });
        if (contains(selection.modelIds, need.model.id) && !shown) {
            models.push_back(need);
        }
    }
    // The price-vs-speed chart draws only machines the plan allows (vendor, budget, portability).
    std::vector<core::PlatformAssessment> allowed;
    std::copy_if(all.begin(), all.end(), std::back_inserter(allowed),
                 [](const core::PlatformAssessment& a) { return !a.excluded; });
    const core::PlanConstraints defaults;
    BOOST_OUTCOME_TRY(costs, TcoChart::compute(machines, inputs, defaults.months));
    Charts charts;
    charts[MemoryFit] = MemoryFitChart::build(machines, models, result.plan.scenario.headroom, style);
    charts[DecodeSpeed] = DecodeSpeedChart::build(machines, models, style);
    charts[Tco] = TcoChart::build(costs, inputs.apiUsdPerMonth, style);
    charts[PriceSpeed] = PriceSpeedChart::build(PriceSpeedChart::points(allowed, result.plan.needs), style);
    return charts;
}

QString CompareCharts::title(Kind kind)
{
    switch (kind) {
    case MemoryFit:
        return tr("Memory fit");
    case DecodeSpeed:
        return tr("Decode speed");
    case Tco:
        return tr("Cost over time");
    case PriceSpeed:
        return tr("Price against speed");
    case KindCount:
        break;
    }
    return {};
}

} // namespace localrig::ui
