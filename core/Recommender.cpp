// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Recommender.h"

#include "FigureText.h"
#include "MachineAssessment.h"
#include "Validation.h"

#include <algorithm>
#include <sstream>

namespace localrig::core {

namespace {

// Qualifying priced systems, then slow priced ones, then unpriced ones (left out under a budget), then
// machines too small for the work, then excluded ones (DESIGN.md recommender; issue 13's ranking).
int rankGroup(const PlatformAssessment& p)
{
    if (p.excluded) {
        return 4;
    }
    if (p.verdict == BuyerVerdict::TooLarge) {
        return 3;
    }
    if (!p.system.usd) {
        return 2;
    }
    return isQualifying(p.verdict) ? 0 : 1;
}

// The most memory any of the plan's models may use on the machine: how close a too-small machine comes.
double usableBytes(const PlatformAssessment& p)
{
    double usable = 0.0;
    for (const ModelOnPlatform& m : p.models) {
        usable = std::max(usable, m.fit.hardLimitBytes);
    }
    return usable;
}

bool ranksBefore(const PlatformAssessment& a, const PlatformAssessment& b)
{
    if (rankGroup(a) != rankGroup(b)) {
        return rankGroup(a) < rankGroup(b);
    }
    // Machines too small for the work: the closest first, so "the closest are listed first" holds.
    if (a.verdict == BuyerVerdict::TooLarge && !a.excluded && usableBytes(a) != usableBytes(b)) {
        return usableBytes(a) > usableBytes(b);
    }
    // Cheapest complete system first; ties (and unpriced machines) by the faster memory.
    const double priceA = a.system.usd.value_or(1e18);
    const double priceB = b.system.usd.value_or(1e18);
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
    BOOST_OUTCOME_TRYV(requireIntInRange(constraints.breakEvenHorizonMonths, "break-even horizon (months)", 1, 600));
    BOOST_OUTCOME_TRYV(requireNonNegative(constraints.minDecodeTps, "minimum tokens/s", 1e6));
    const VerdictThresholds& lines = constraints.thresholds;
    BOOST_OUTCOME_TRYV(requirePositive(lines.readingTps, "reading speed (tokens/s)", 1e4));
    BOOST_OUTCOME_TRYV(requirePositive(lines.greatReadingMultiple, "multiple of reading speed", 100.0));
    BOOST_OUTCOME_TRYV(requirePositive(lines.greatFirstTokenSeconds, "first-token time for Great (s)", 1e5));
    BOOST_OUTCOME_TRYV(requirePositive(lines.slowFirstTokenSeconds, "first-token time for Slow (s)", 1e5));
    PlanConstraints checked = constraints;
    // One minimum speed: the older field wins when it was set away from its default.
    checked.thresholds.minDecodeTps = constraints.minDecodeTps;
    return checked;
}

// The cheapest priced machine that runs the plan well but is ruled out by the budget or a preference.
std::optional<Reason> cheapestExcludedRunner(const std::vector<PlatformAssessment>& ranked)
{
    const PlatformAssessment* cheapest = nullptr;
    for (const PlatformAssessment& p : ranked) {
        if (p.excluded && isQualifying(p.verdict) && p.system.usd
            && (!cheapest || *p.system.usd < *cheapest->system.usd)) {
            cheapest = &p;
        }
    }
    if (!cheapest) {
        return std::nullopt;
    }
    return Reason{ReasonCode::NoneWithinConstraints, cheapest->platform.name, *cheapest->system.usd, 0.0};
}

// Why nothing is recommended: every runner is excluded, only slow machines run it, or nothing fits; when only slow
// ones run it within the limits, the machine past them that runs it well follows.
std::vector<Reason> whyNoRecommendation(const std::vector<PlatformAssessment>& ranked)
{
    const std::optional<Reason> cheapestExcluded = cheapestExcludedRunner(ranked);
    const PlatformAssessment* slow = nullptr;
    const PlatformAssessment* unpriced = nullptr;
    for (const PlatformAssessment& p : ranked) {
        if (!p.excluded && p.verdict == BuyerVerdict::Slow && !slow) {
            slow = &p;
        }
        if (!p.excluded && isQualifying(p.verdict) && !p.system.usd && !unpriced) {
            unpriced = &p;
        }
    }
    if (unpriced) {
        return {{ReasonCode::OnlyUnpriced, unpriced->platform.name, 0.0, 0.0}};
    }
    if (slow) {
        // "Only slow machines run this plan" is untrue when one over the budget runs it well: say within what.
        const Reason only{cheapestExcluded ? ReasonCode::OnlySlowWithinConstraints : ReasonCode::OnlySlow,
                          slow->platform.name, slow->verdictReason.value, slow->verdictReason.limit};
        return cheapestExcluded ? std::vector<Reason>{only, *cheapestExcluded} : std::vector<Reason>{only};
    }
    if (cheapestExcluded) {
        return {*cheapestExcluded};
    }
    return {{ReasonCode::NothingFits, {}, 0.0, 0.0}};
}

} // namespace

Scenario scenarioFor(const ModelNeed& need, const Scenario& plan)
{
    Scenario own = plan;
    own.contextTokens = need.contextTokens.value_or(plan.contextTokens);
    own.sessions = need.sessions.value_or(plan.sessions);
    return own;
}

Result<Recommendation> recommend(const std::vector<ModelNeed>& needs, const std::vector<Platform>& platforms,
                                 const Scenario& scenario, const PlanConstraints& constraints,
                                 const std::vector<TierSpec>& tiers, const SpeedCalibration& calibration,
                                 const SizingConstants& constants)
{
    if (needs.empty()) {
        return makeError(ErrorCode::InvalidInput, "no workload or model chosen");
    }
    BOOST_OUTCOME_TRYV(validated(scenario));
    BOOST_OUTCOME_TRY(checked, validated(constraints));

    Recommendation plan;
    plan.concurrent = checked.concurrentModels && needs.size() > 1;
    std::vector<MemoryBreakdown> memories;
    memories.reserve(needs.size());
    for (const ModelNeed& need : needs) {
        BOOST_OUTCOME_TRY(own, validated(scenarioFor(need, scenario)));
        BOOST_OUTCOME_TRY(footprint, needFootprint(need, own, constants));
        const MemoryBreakdown& memory = footprint.memory;
        const std::optional<TrainingMemory>& training = footprint.training;
        plan.peakFootprintBytes = std::max(plan.peakFootprintBytes, memory.totalBytes);
        memories.push_back(memory);
        const int prompt = need.promptTokens > 0 ? need.promptTokens : constants.defaultPromptTokens;
        plan.workloads.push_back({need.workload, need.model.id, need.model.name, need.quant.id, own.contextTokens,
                                  own.sessions, std::min(prompt, own.contextTokens), memory.totalBytes,
                                  memory.totalBytes - memory.companionBytes, need.companions, need.usesImages,
                                  need.training, training});
    }
    if (plan.concurrent) {
        plan.peakFootprintBytes = concurrentFootprint(needs, memories).totalBytes;
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
        BOOST_OUTCOME_TRY(assessment,
                          assessMachine(platform, needs, memories, scenario, checked, calibration, constants));
        plan.ranked.push_back(std::move(assessment));
    }
    // Clusters of machines are an advanced answer: shown only when no single machine does the job (issue 17).
    const bool singleDoes = std::any_of(plan.ranked.begin(), plan.ranked.end(), [](const PlatformAssessment& p) {
        return p.platform.boxes <= 1 && p.qualifies();
    });
    if (singleDoes) {
        std::erase_if(plan.ranked, [](const PlatformAssessment& p) { return p.platform.boxes > 1; });
    }
    std::stable_sort(plan.ranked.begin(), plan.ranked.end(), ranksBefore);
    if (!plan.ranked.empty() && plan.ranked.front().qualifies()) {
        plan.recommended = 0;
        const PlatformAssessment& best = plan.ranked.front();
        plan.reasons.push_back({ReasonCode::CheapestThatFits, best.platform.name, *best.system.usd, 0.0});
        // Memory is not the whole answer: say so when a cheaper machine has the room but not the speed.
        const auto cheaperSlow = std::find_if(plan.ranked.begin(), plan.ranked.end(), [&](const PlatformAssessment& p) {
            return !p.excluded && p.verdict == BuyerVerdict::Slow && p.system.usd && *p.system.usd < *best.system.usd;
        });
        if (cheaperSlow != plan.ranked.end()) {
            plan.reasons.push_back({ReasonCode::CheaperButSlow, cheaperSlow->platform.name, *cheaperSlow->system.usd,
                                    cheaperSlow->verdictReason.value, cheaperSlow->verdictReason.detail});
        }
    } else {
        const std::vector<Reason> why = whyNoRecommendation(plan.ranked);
        plan.noRecommendationReason = why.front();
        plan.reasons.insert(plan.reasons.end(), why.begin(), why.end());
    }
    return plan;
}

std::vector<Reason> whyNothingRecommended(const Recommendation& plan)
{
    if (plan.recommended) {
        return {};
    }
    // recommend() closes the reasons with noRecommendationReason and what follows from it.
    const auto why = std::find_if(plan.reasons.begin(), plan.reasons.end(), [&plan](const Reason& reason) {
        return reason.code == plan.noRecommendationReason.code;
    });
    return {why, plan.reasons.end()};
}

std::string describe(const Reason& reason)
{
    std::ostringstream out;
    switch (reason.code) {
    case ReasonCode::MeetsAll:
        out << "every model fits under the headroom line and decodes fast enough";
        break;
    case ReasonCode::ModelTight:
        out << reason.subject << " needs " << figure(bytesToGB(reason.value)) << " GB, above the comfortable "
            << figure(bytesToGB(reason.limit)) << " GB";
        break;
    case ReasonCode::ModelOffloads:
        out << reason.subject << " keeps only " << figure(reason.value * 100.0) << " % of its weights in VRAM";
        break;
    case ReasonCode::ModelDoesNotFit:
        out << reason.subject << " needs " << figure(bytesToGB(reason.value)) << " GB but at most "
            << figure(bytesToGB(reason.limit)) << " GB is usable";
        break;
    case ReasonCode::TooSlow:
        out << reason.subject << " decodes at about " << figure(reason.value) << " tokens/s, under the "
            << figure(reason.limit) << " tokens/s minimum";
        break;
    case ReasonCode::OverBudget:
        out << "costs $" << figure(reason.value) << ", over the $" << figure(reason.limit) << " budget";
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
    case ReasonCode::Discontinued:
        out << "discontinued: no longer sold new, and the catalog has no used-market price";
        break;
    case ReasonCode::CardOnly:
        out << "the price is for the graphics card alone; it needs a desktop PC around it";
        break;
    case ReasonCode::BreakEven:
        out << "pays for itself against the API in month " << figure(reason.value);
        break;
    case ReasonCode::NeverBreaksEven:
        out << "does not pay for itself against the API within " << figure(reason.limit / 12.0) << " years";
        break;
    case ReasonCode::CheapestThatFits:
        out << reason.subject << " is the cheapest complete machine that runs every workload well";
        break;
    case ReasonCode::RequiredMemory:
        out << "the largest footprint is " << figure(bytesToGB(reason.value)) << " GB, so a unified machine needs "
            << figure(bytesToGiB(reason.limit)) << " GB of RAM to stay under the headroom line";
        break;
    case ReasonCode::NothingFits:
        out << "no machine in the catalog meets every need; the closest are listed first";
        break;
    case ReasonCode::NeedsHostPc:
        out << "a graphics card needs a desktop PC: " << reason.subject << " adds $" << figure(reason.value)
            << " to the card's $" << figure(reason.limit);
        break;
    case ReasonCode::HaveDesktopPc:
        out << "priced as the card alone ($" << figure(reason.value) << "): you said your desktop PC takes it";
        break;
    case ReasonCode::NoHostForCard:
        out << "no host PC in the catalog has a power supply sized for this card's " << figure(reason.value) << " W";
        break;
    case ReasonCode::SlowAtFullContext:
        out << reason.subject << " falls to about " << figure(reason.value) << " tokens/s when "
            << figure(reason.detail) << " tokens fill the context, under the " << figure(reason.limit)
            << " tokens/s minimum";
        break;
    case ReasonCode::SlowFirstToken:
        out << reason.subject << " takes about " << figure(reason.value) << " s to read a " << figure(reason.detail)
            << "-token prompt before the first token, over " << figure(reason.limit) << " s";
        break;
    case ReasonCode::FirstTokenOverGreat:
        out << reason.subject << " takes about " << figure(reason.value) << " s to the first token for a "
            << figure(reason.detail) << "-token prompt (Great needs " << figure(reason.limit) << " s or less)";
        break;
    case ReasonCode::DecodeUnderGreat:
        out << reason.subject << " decodes at about " << figure(reason.value) << " tokens/s at "
            << figure(reason.detail) << " tokens of context (Great needs " << figure(reason.limit) << ")";
        break;
    case ReasonCode::FirstTokenUnknown:
        out << "no published compute figure for this machine, so the first-token time of " << reason.subject
            << " is not estimated";
        break;
    case ReasonCode::TrainingSpeedUnknown:
        out << "no published 16-bit compute figure for this machine, so the fine-tuning time of " << reason.subject
            << " is not estimated";
        break;
    case ReasonCode::TrainingOnCpu:
        out << "a CPU-only machine is not sized for fine-tuning " << reason.subject
            << ": the training estimate assumes a GPU or unified memory";
        break;
    case ReasonCode::PriceUnknown:
        out << "the complete system's price is unknown, so it has no break-even and cannot be the answer";
        break;
    case ReasonCode::OnlySlow:
        out << "only slow machines run this plan; the best is " << reason.subject;
        break;
    case ReasonCode::OnlySlowWithinConstraints:
        out << "within your budget and preferences only slow machines run this plan; the best is " << reason.subject;
        break;
    case ReasonCode::OnlyUnpriced:
        out << "only machines without a known price run this plan well, e.g. " << reason.subject;
        break;
    case ReasonCode::CheaperButSlow:
        out << reason.subject << " costs less ($" << figure(reason.value)
            << ") and has the memory, but is too slow for this plan";
        break;
    case ReasonCode::NoneWithinConstraints:
        out << "no machine within your budget and preferences runs this plan well; the cheapest that does is "
            << reason.subject << " at $" << figure(reason.value);
        break;
    }
    return out.str();
}

} // namespace localrig::core
