// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerdictChanges.h"

#include "Fit.h"
#include "MachineAssessment.h"
#include "MemoryEstimate.h"
#include "Units.h"

#include <algorithm>

namespace localrig::core {

namespace {

constexpr int kMaxSensibleContext = 1 << 24;

std::optional<TierSpec> tierFor(const std::vector<TierSpec>& tiers, double requiredBytes)
{
    std::optional<TierSpec> best;
    for (const TierSpec& tier : tiers) {
        if (gibToBytes(tier.maxGiB) >= requiredBytes && (!best || tier.maxGiB < best->maxGiB)) {
            best = tier;
        }
    }
    return best;
}

// The nearest quantization of the same format with more (up) or fewer (down) bits per weight.
const Quantization* neighbour(const std::vector<Quantization>& quants, const Quantization& current, bool up)
{
    const Quantization* best = nullptr;
    for (const Quantization& q : quants) {
        if (q.format != current.format || q.id == current.id) {
            continue;
        }
        const bool direction = up ? q.bitsPerWeight > current.bitsPerWeight : q.bitsPerWeight < current.bitsPerWeight;
        if (direction
            && (!best
                || std::abs(q.bitsPerWeight - current.bitsPerWeight)
                    < std::abs(best->bitsPerWeight - current.bitsPerWeight))) {
            best = &q;
        }
    }
    return best;
}

// Peak footprint of a request (the same rule recommend() uses: largest model, or all at once).
Result<double> peakFootprint(const CatalogView& catalog, const WorkloadRequest& request,
                             const SizingConstants& constants)
{
    BOOST_OUTCOME_TRY(plan, planWorkloads(catalog, request));
    double peak = 0.0;
    std::vector<MemoryBreakdown> memories;
    for (const ModelNeed& need : plan.needs) {
        // Fine-tuning is sized as training, here as in recommend() (issue 18).
        BOOST_OUTCOME_TRY(footprint, needFootprint(need, scenarioFor(need, plan.scenario), constants));
        const MemoryBreakdown& memory = footprint.memory;
        peak = std::max(peak, memory.totalBytes);
        memories.push_back(memory);
    }
    const bool together = request.constraints.concurrentModels && plan.needs.size() > 1;
    return together ? concurrentFootprint(plan.needs, memories).totalBytes : peak;
}

} // namespace

Result<std::vector<VerdictChange>> whatWouldChange(const CatalogView& catalog, const WorkloadRequest& request,
                                                   const Recommendation& current, const SizingConstants& constants)
{
    BOOST_OUTCOME_TRY(plan, planWorkloads(catalog, request));
    const PlatformAssessment* chosen = current.recommended
        ? &current.ranked[*current.recommended]
        : (current.ranked.empty() ? nullptr : &current.ranked.front());
    const Platform system = chosen ? asSystem(chosen->platform, chosen->system) : Platform{};
    const Platform* choice = chosen ? &system : nullptr;
    std::vector<VerdictChange> changes;

    auto consider
        = [&](ChangeKind kind, std::string from, std::string to, const WorkloadRequest& variant) -> Result<void> {
        BOOST_OUTCOME_TRY(peak, peakFootprint(catalog, variant, constants));
        VerdictChange change;
        change.kind = kind;
        change.from = std::move(from);
        change.to = std::move(to);
        change.peakFootprintBytes = peak;
        change.requiredMemoryBytes = peak / variant.headroom;
        change.tier = tierFor(catalog.tiers, change.requiredMemoryBytes);
        change.tierChanges
            = (change.tier ? change.tier->id : std::string()) != (current.tier ? current.tier->id : std::string());
        if (choice) {
            MemoryBreakdown memory;
            memory.totalBytes = peak;
            memory.weightsBytes = peak; // only the verdict is read here, not the offload split
            Scenario scenario = plan.scenario;
            scenario.headroom = variant.headroom;
            BOOST_OUTCOME_TRY(fit, assessFit(memory, *choice, scenario, constants));
            change.verdictOnChoice = fit.verdict;
            const FitVerdict before = chosen->models.empty() ? fit.verdict : chosen->models.front().fit.verdict;
            change.verdictChanges
                = fit.meetsHeadroom() != (before == FitVerdict::Comfortable || before == FitVerdict::FitsInVram);
        }
        changes.push_back(std::move(change));
        return outcome::success();
    };

    // Fine-tuning trains at its method's precision, one run at a time, with no KV cache: only the sequence length
    // (the context steps) changes its memory.
    const bool training = std::any_of(plan.needs.begin(), plan.needs.end(),
                                      [](const ModelNeed& need) { return need.training.has_value(); });
    // Quantization one step either way, for every needed model at once.
    const Quantization& quant = plan.needs.front().quant;
    for (bool up : {true, false}) {
        if (training) {
            break;
        }
        if (const Quantization* next = neighbour(catalog.quants, quant, up)) {
            WorkloadRequest variant = request;
            variant.quantId = next->id;
            BOOST_OUTCOME_TRYV(
                consider(up ? ChangeKind::QuantUp : ChangeKind::QuantDown, quant.name, next->name, variant));
        }
    }
    const int context = plan.scenario.contextTokens;
    if (context >= 2048) {
        WorkloadRequest variant = request;
        variant.contextTokens = context / 2;
        BOOST_OUTCOME_TRYV(
            consider(ChangeKind::HalveContext, std::to_string(context), std::to_string(context / 2), variant));
    }
    if (context <= kMaxSensibleContext / 2) {
        WorkloadRequest variant = request;
        variant.contextTokens = context * 2;
        BOOST_OUTCOME_TRYV(
            consider(ChangeKind::DoubleContext, std::to_string(context), std::to_string(context * 2), variant));
    }
    if (!training) {
        const int sessions = plan.scenario.sessions;
        {
            WorkloadRequest variant = request;
            variant.sessions = sessions + 1;
            BOOST_OUTCOME_TRYV(
                consider(ChangeKind::AddSession, std::to_string(sessions), std::to_string(sessions + 1), variant));
        }
        if (sessions > 1) {
            WorkloadRequest variant = request;
            variant.sessions = sessions - 1;
            BOOST_OUTCOME_TRYV(
                consider(ChangeKind::RemoveSession, std::to_string(sessions), std::to_string(sessions - 1), variant));
        }
        if (plan.scenario.kvType == KvCacheType::F16) {
            WorkloadRequest variant = request;
            variant.kvType = KvCacheType::Q8_0;
            BOOST_OUTCOME_TRYV(consider(ChangeKind::KvCacheQ8, "f16", "q8_0", variant));
        }
    }
    // Issue 17: on the first-ranked Mac whose plan passes macOS's default GPU limit, raising the limit is a step
    // of its own: the memory the plan needs is unchanged, but the GPU may then hold all of it.
    const auto heldBack = std::find_if(current.ranked.begin(), current.ranked.end(),
                                       [](const PlatformAssessment& a) { return !a.excluded && a.wiredLimit; });
    if (heldBack != current.ranked.end()) {
        VerdictChange change;
        change.kind = ChangeKind::RaiseGpuLimit;
        change.machine = heldBack->platform.name;
        change.from = std::to_string(static_cast<long long>(heldBack->wiredLimit->defaultLimitBytes));
        change.to = std::to_string(heldBack->wiredLimit->wiredLimitMb);
        change.peakFootprintBytes = current.peakFootprintBytes;
        change.requiredMemoryBytes = current.requiredMemoryBytes;
        change.tier = current.tier;
        change.verdictOnChoice = heldBack->wiredLimit->verdictRaised;
        change.verdictChanges = heldBack->wiredLimit->verdictRaised != heldBack->wiredLimit->verdictNow;
        change.gpuLimit = heldBack->wiredLimit;
        changes.push_back(std::move(change));
    }
    return changes;
}

} // namespace localrig::core
