// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Recommender.h"

#include "Tco.h"
#include "Validation.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace localrig::core {

namespace {

std::string lowered(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool vendorMatches(const Platform& platform, const std::string& vendor)
{
    return vendor.empty() || vendor == "any" || lowered(platform.vendor).find(lowered(vendor)) != std::string::npos;
}

MemoryBreakdown combined(const std::vector<ModelOnPlatform>& models)
{
    MemoryBreakdown sum;
    for (const ModelOnPlatform& entry : models) {
        sum.weightsBytes += entry.memory.weightsBytes;
        sum.kvCacheBytes += entry.memory.kvCacheBytes;
        sum.fixedStateBytes += entry.memory.fixedStateBytes;
        sum.overheadBytes = std::max(sum.overheadBytes, entry.memory.overheadBytes); // one runtime
    }
    sum.totalBytes = sum.weightsBytes + sum.kvCacheBytes + sum.fixedStateBytes + sum.overheadBytes;
    return sum;
}

// Fills one platform's verdicts; exclusions are decided before any formula runs.
Result<PlatformAssessment> assess(const Platform& platform, const std::vector<ModelNeed>& needs,
                                  const std::vector<MemoryBreakdown>& memories, const Scenario& scenario,
                                  const PlanConstraints& constraints, const SpeedCalibration& calibration,
                                  const SizingConstants& constants)
{
    PlatformAssessment result;
    result.platform = platform;
    if (constraints.vendor && !vendorMatches(platform, *constraints.vendor)) {
        result.excluded = true;
        result.reasons.push_back({ReasonCode::VendorExcluded, platform.vendor, 0.0, 0.0});
    }
    if (constraints.portableOnly && !platform.portable) {
        result.excluded = true;
        result.reasons.push_back({ReasonCode::NotPortable, {}, 0.0, 0.0});
    }
    if (platform.formFactor == "card") {
        result.reasons.push_back({ReasonCode::CardOnly, {}, platform.priceUsd.value_or(0.0), 0.0});
    }
    if (!platform.priceUsd) {
        result.reasons.push_back({ReasonCode::NoPrice, {}, 0.0, 0.0});
    } else if (constraints.budgetUsd && *platform.priceUsd > *constraints.budgetUsd) {
        result.excluded = true;
        result.reasons.push_back({ReasonCode::OverBudget, {}, *platform.priceUsd, *constraints.budgetUsd});
    }

    bool allFit = true;
    for (std::size_t i = 0; i < needs.size(); ++i) {
        ModelOnPlatform entry;
        entry.modelId = needs[i].model.id;
        entry.memory = memories[i];
        BOOST_OUTCOME_TRY(fit, assessFit(entry.memory, platform, scenario, constants));
        entry.fit = fit;
        const std::string& name = needs[i].model.name;
        if (fit.verdict == FitVerdict::WontFit) {
            result.reasons.push_back({ReasonCode::ModelDoesNotFit, name, entry.memory.totalBytes, fit.hardLimitBytes});
            allFit = false;
        } else {
            const SpeedInputs inputs{needs[i].model, needs[i].quant, entry.memory, fit, platform, scenario};
            BOOST_OUTCOME_TRY(speed, estimateSpeed(inputs, calibration, constants));
            entry.speed = speed;
            if (fit.verdict == FitVerdict::Tight) {
                result.reasons.push_back(
                    {ReasonCode::ModelTight, name, entry.memory.totalBytes, fit.comfortableLimitBytes});
                allFit = false;
            } else if (fit.verdict == FitVerdict::PartialOffload) {
                result.reasons.push_back({ReasonCode::ModelOffloads, name, fit.gpuWeightFraction, 1.0});
                allFit = false;
            }
            if (speed.decodeTps.expected < constraints.minDecodeTps) {
                result.reasons.push_back(
                    {ReasonCode::TooSlow, name, speed.decodeTps.expected, constraints.minDecodeTps});
                allFit = false;
            }
        }
        result.models.push_back(std::move(entry));
    }

    if (constraints.concurrentModels && result.models.size() > 1) {
        const MemoryBreakdown all = combined(result.models);
        result.peakFootprintBytes = all.totalBytes;
        BOOST_OUTCOME_TRY(peakFit, assessFit(all, platform, scenario, constants));
        if (!peakFit.meetsHeadroom()) {
            result.reasons.push_back(
                {ReasonCode::ModelDoesNotFit, "all models at once", all.totalBytes, peakFit.comfortableLimitBytes});
            allFit = false;
        }
    } else {
        for (const ModelOnPlatform& entry : result.models) {
            result.peakFootprintBytes = std::max(result.peakFootprintBytes, entry.memory.totalBytes);
        }
    }
    result.meetsNeeds = allFit;
    if (allFit) {
        // Exclusions stay first: they are why a machine that would run everything ranks last.
        const auto firstFitReason = std::find_if(result.reasons.begin(), result.reasons.end(), [](const Reason& r) {
            return r.code != ReasonCode::VendorExcluded && r.code != ReasonCode::NotPortable
                && r.code != ReasonCode::OverBudget && r.code != ReasonCode::NoPrice && r.code != ReasonCode::CardOnly;
        });
        result.reasons.insert(firstFitReason, {ReasonCode::MeetsAll, {}, 0.0, 0.0});
    }

    if (platform.priceUsd) {
        TcoInput tco{*platform.priceUsd,
                     constraints.apiUsdPerMonth,
                     platform.loadWatts,
                     constraints.hoursPerDay,
                     constraints.usdPerKwh,
                     constraints.months,
                     0.0};
        BOOST_OUTCOME_TRY(cost, computeTco(tco));
        result.breakEvenMonth = cost.breakEvenMonth;
        if (constraints.apiUsdPerMonth > 0.0) {
            if (cost.breakEvenMonth) {
                result.reasons.push_back({ReasonCode::BreakEven, {}, static_cast<double>(*cost.breakEvenMonth), 0.0});
            } else {
                result.reasons.push_back(
                    {ReasonCode::NeverBreaksEven, {}, 0.0, static_cast<double>(constraints.months)});
            }
        }
    }
    return result;
}

// Meeting needs first, then near misses (everything runs, but tight, offloaded or slow), then machines
// that cannot hold a model, then excluded ones; inside a group cheapest first, then fastest memory.
int rankGroup(const PlatformAssessment& p)
{
    if (p.excluded) {
        return 3;
    }
    if (p.meetsNeeds) {
        return 0;
    }
    const bool anyWontFit = std::any_of(p.models.begin(), p.models.end(),
                                        [](const ModelOnPlatform& m) { return m.fit.verdict == FitVerdict::WontFit; });
    return anyWontFit ? 2 : 1;
}

bool ranksBefore(const PlatformAssessment& a, const PlatformAssessment& b)
{
    const auto group = rankGroup;
    if (group(a) != group(b)) {
        return group(a) < group(b);
    }
    const double priceA = a.platform.priceUsd.value_or(1e18);
    const double priceB = b.platform.priceUsd.value_or(1e18);
    if (priceA != priceB) {
        return priceA < priceB;
    }
    return a.platform.bandwidthGBs > b.platform.bandwidthGBs;
}

Result<PlanConstraints> validated(const PlanConstraints& constraints)
{
    if (constraints.budgetUsd) {
        BOOST_OUTCOME_TRYV(requirePositive(*constraints.budgetUsd, "budget (USD)", 1e9));
    }
    BOOST_OUTCOME_TRYV(requireNonNegative(constraints.apiUsdPerMonth, "API spend per month (USD)", 1e9));
    BOOST_OUTCOME_TRYV(requireNonNegative(constraints.usdPerKwh, "electricity price (USD/kWh)", 100.0));
    BOOST_OUTCOME_TRYV(requireInRange(constraints.hoursPerDay, "hours per day", 0.0, 24.0));
    BOOST_OUTCOME_TRYV(requireIntInRange(constraints.months, "months", 1, 600));
    BOOST_OUTCOME_TRYV(requireNonNegative(constraints.minDecodeTps, "minimum tokens/s", 1e6));
    return constraints;
}

} // namespace

Result<Recommendation> recommend(const std::vector<ModelNeed>& needs, const std::vector<Platform>& platforms,
                                 const Scenario& scenario, const PlanConstraints& constraints,
                                 const std::vector<TierSpec>& tiers, const SpeedCalibration& calibration,
                                 const SizingConstants& constants)
{
    if (needs.empty()) {
        return makeError(ErrorCode::InvalidInput, "no workload or model chosen");
    }
    BOOST_OUTCOME_TRYV(validated(scenario));
    BOOST_OUTCOME_TRYV(validated(constraints));

    Recommendation plan;
    std::vector<MemoryBreakdown> memories;
    memories.reserve(needs.size());
    double sum = 0.0;
    for (const ModelNeed& need : needs) {
        BOOST_OUTCOME_TRY(memory, estimateMemory(need.model, need.quant, scenario, constants, need.fileBytes));
        plan.peakFootprintBytes = std::max(plan.peakFootprintBytes, memory.totalBytes);
        sum += memory.totalBytes;
        memories.push_back(memory);
    }
    if (constraints.concurrentModels) {
        plan.peakFootprintBytes = sum;
    }
    // RAM a unified machine needs so the footprint stays under the headroom line (guide: 70-75 %).
    plan.requiredMemoryBytes = plan.peakFootprintBytes / scenario.headroom;
    plan.reasons.push_back({ReasonCode::RequiredMemory, {}, plan.peakFootprintBytes, plan.requiredMemoryBytes});

    std::vector<TierSpec> sortedTiers = tiers;
    std::sort(sortedTiers.begin(), sortedTiers.end(),
              [](const TierSpec& a, const TierSpec& b) { return a.maxGiB < b.maxGiB; });
    for (const TierSpec& tier : sortedTiers) {
        if (gibToBytes(tier.maxGiB) >= plan.requiredMemoryBytes) {
            plan.tier = tier;
            break;
        }
    }

    plan.ranked.reserve(platforms.size());
    for (const Platform& platform : platforms) {
        BOOST_OUTCOME_TRY(assessment, assess(platform, needs, memories, scenario, constraints, calibration, constants));
        plan.ranked.push_back(std::move(assessment));
    }
    std::stable_sort(plan.ranked.begin(), plan.ranked.end(), ranksBefore);
    if (!plan.ranked.empty() && plan.ranked.front().meetsNeeds) {
        const Platform& best = plan.ranked.front().platform;
        plan.reasons.push_back({ReasonCode::CheapestThatFits, best.name, best.priceUsd.value_or(0.0), 0.0});
    } else {
        plan.reasons.push_back({ReasonCode::NothingFits, {}, 0.0, 0.0});
    }
    return plan;
}

std::string describe(const Reason& reason)
{
    std::ostringstream out;
    out.precision(3);
    switch (reason.code) {
    case ReasonCode::MeetsAll:
        out << "every model fits under the headroom line and decodes fast enough";
        break;
    case ReasonCode::ModelTight:
        out << reason.subject << " needs " << bytesToGB(reason.value) << " GB, above the comfortable "
            << bytesToGB(reason.limit) << " GB";
        break;
    case ReasonCode::ModelOffloads:
        out << reason.subject << " keeps only " << reason.value * 100.0 << " % of its weights in VRAM";
        break;
    case ReasonCode::ModelDoesNotFit:
        out << reason.subject << " needs " << bytesToGB(reason.value) << " GB but at most " << bytesToGB(reason.limit)
            << " GB is usable";
        break;
    case ReasonCode::TooSlow:
        out << reason.subject << " decodes at about " << reason.value << " tokens/s, under the " << reason.limit
            << " tokens/s minimum";
        break;
    case ReasonCode::OverBudget:
        out << "costs $" << reason.value << ", over the $" << reason.limit << " budget";
        break;
    case ReasonCode::VendorExcluded:
        out << "vendor " << reason.subject << " is not the one asked for";
        break;
    case ReasonCode::NotPortable:
        out << "not portable";
        break;
    case ReasonCode::NoPrice:
        out << "no price in the catalog";
        break;
    case ReasonCode::CardOnly:
        out << "the price is for the graphics card alone; it needs a desktop PC around it";
        break;
    case ReasonCode::BreakEven:
        out << "pays for itself against the API in month " << reason.value;
        break;
    case ReasonCode::NeverBreaksEven:
        out << "does not pay for itself against the API within " << reason.limit << " months";
        break;
    case ReasonCode::CheapestThatFits:
        out << reason.subject << " is the cheapest machine that runs every model with headroom";
        break;
    case ReasonCode::RequiredMemory:
        out << "the largest footprint is " << bytesToGB(reason.value) << " GB, so a unified machine needs "
            << bytesToGiB(reason.limit) << " GB of RAM to stay under the headroom line";
        break;
    case ReasonCode::NothingFits:
        out << "no machine in the catalog meets every need; the closest are listed first";
        break;
    }
    return out.str();
}

} // namespace localrig::core
