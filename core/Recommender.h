// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppleMemory.h"
#include "BuyerVerdict.h"
#include "ExpertOffload.h"
#include "Fit.h"
#include "GenerationModel.h"
#include "HostBuild.h"
#include "MemoryEstimate.h"
#include "ModelSpec.h"
#include "MultiGpu.h"
#include "Platform.h"
#include "Quantization.h"
#include "Result.h"
#include "Scenario.h"
#include "SizingConstants.h"
#include "SpeedCalibration.h"
#include "SpeedEstimate.h"
#include "SystemPrice.h"
#include "training/TrainingPlan.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace localrig::core {

// A model the user's workloads need, at the quantization they would run it.
struct ModelNeed
{
    ModelSpec model;
    Quantization quant;
    std::optional<double> fileBytes; // a measured file size, when the catalog has one
    std::string workload; // the use case that asks for it (slug)
    // The workload's own context, sessions and typical prompt; empty = the plan scenario's. Each workload is
    // sized on its own: a 128K coding context never inflates a maths model's cache.
    std::optional<int> contextTokens = std::nullopt;
    std::optional<int> sessions = std::nullopt;
    int promptTokens = 0; // new tokens a turn prefills (time to first token); 0 = the sizing default
    std::vector<Companion> companions = {}; // a vision projector or a generation model loaded beside it (issue 18)
    bool usesImages = false; // the workload reads images: its projector is a companion when the catalog has one
    // Set for the fine-tuning workload: the need is sized as training (TrainingMemory), not inference.
    std::optional<TrainingSettings> training = std::nullopt;
};

// estimateMemory for the need's own model, plus its companions (MemoryBreakdown::companionBytes).
Result<MemoryBreakdown> estimateNeedMemory(const ModelNeed& need, const Scenario& own,
                                           const SizingConstants& constants = {});

// What a need must hold resident: its inference memory, or, for fine-tuning, its training total with the
// breakdown that total comes from (issue 18). The plan and "what would change the verdict" both size by it.
struct NeedFootprint
{
    MemoryBreakdown memory;
    std::optional<TrainingMemory> training;
};
Result<NeedFootprint> needFootprint(const ModelNeed& need, const Scenario& own, const SizingConstants& constants = {});

// The scenario one need runs in: the plan's KV type and headroom with the need's own context and sessions.
Scenario scenarioFor(const ModelNeed& need, const Scenario& plan);

// One of the guide's hardware tiers (e.g. Tier 2 covers 32-48 GB).
struct TierSpec
{
    std::string id;
    std::string name;
    double minGiB = 0.0;
    double maxGiB = 0.0;
    std::string verdict;
};

// Published runs of one machine whose median measured / estimated decode is far from 1 (ui::MeasuredEvidence says
// when), by class of model: the runs are evidence the estimate lacks, such as a backend's slow kernels.
struct PublishedDecodeRatio
{
    std::optional<double> dense;
    std::optional<double> moe;

    std::optional<double> forModel(bool mixtureOfExperts) const { return mixtureOfExperts ? moe : dense; }
};

struct PlanConstraints
{
    std::optional<double> budgetUsd;
    std::optional<std::string> vendor; // "apple", "nvidia", "amd"; empty = any
    bool portableOnly = false;
    double apiUsdPerMonth = 0.0;
    double usdPerKwh = 0.1648;
    double hoursPerDay = 8.0;
    int months = 36; // the cost chart's horizon
    int breakEvenHorizonMonths = 120; // break-even is searched this far (ten years), then "not within"
    double minDecodeTps = 10.0; // kept in step with thresholds.minDecodeTps by validated()
    bool concurrentModels = false; // run every workload at the same time instead of one at a time
    bool haveDesktopPc = false; // the buyer owns a PC that takes a card: cards cost the card alone
    VerdictThresholds thresholds;
    const std::vector<HostBuild>* hostBuilds = nullptr; // desktop PCs that complete a discrete card
    // By platform id: a machine's decode speeds for a class of model are scaled by its published runs' ratio, so its
    // verdict and rank follow what was measured rather than an estimate its runs contradict (issue 16).
    std::map<std::string, PublishedDecodeRatio> publishedDecodeRatios;
};

// Why a platform ranks where it does: a code and its figures, so the CLI and the UI can each word it.
enum class ReasonCode {
    MeetsAll, // every model fits with headroom and decodes fast enough
    ModelTight, // subject: model; value: footprint; limit: comfortable line
    ModelOffloads, // subject: model; value: share of weights on the GPU
    ModelDoesNotFit, // subject: model; value: footprint; limit: usable memory
    TooSlow, // subject: model; value: expected t/s; limit: minimum
    OverBudget, // value: price; limit: budget
    VendorExcluded, // subject: vendor
    NotPortable,
    NoPrice,
    Discontinued, // no longer sold new and no used-market price: it cannot be bought as priced
    CardOnly, // the price is a graphics card's alone; a desktop PC around it is extra
    BreakEven, // value: month
    NeverBreaksEven, // limit: horizon in months
    NeedsHostPc, // subject: host build name; value: host price; limit: card price
    HaveDesktopPc, // value: card price (the buyer's own PC takes the card)
    NoHostForCard, // value: card load watts; no host build's power supply is sized for it
    SlowAtFullContext, // subject: model; value: t/s at full context; limit: minimum; detail: context tokens
    SlowFirstToken, // subject: model; value: seconds; limit: the slow line; detail: prompt tokens
    FirstTokenOverGreat, // subject: model; value: seconds; limit: the great line; detail: prompt tokens
    DecodeUnderGreat, // subject: model; value: t/s at typical depth; limit: 2 x reading speed
    FirstTokenUnknown, // subject: model: no published FLOPS, so no prefill estimate
    TrainingSpeedUnknown, // subject: model: fits for fine-tuning, but no published FLOPS to time an epoch
    TrainingOnCpu, // subject: model: a CPU-only machine; the training estimate is for a GPU or unified memory
    PriceUnknown, // the system's price is unknown, so it cannot be the answer and has no break-even
    OnlySlow, // plan-level: subject: the best slow machine
    // plan-level: as OnlySlow, while a machine over the budget or outside the preferences runs the plan well (a
    // NoneWithinConstraints reason naming it follows)
    OnlySlowWithinConstraints,
    OnlyUnpriced, // plan-level: subject: a machine that qualifies but has no price
    CheaperButSlow, // plan-level: subject: a cheaper machine with room but Slow; value: its price; limit: t/s
    NoneWithinConstraints, // plan-level: subject: the cheapest excluded machine that would qualify; value: price
    CheapestThatFits, // plan-level: the first ranked platform and why
    RequiredMemory, // plan-level: value: footprint; limit: RAM needed at the headroom fraction
    NothingFits, // plan-level
};

struct Reason
{
    ReasonCode code = ReasonCode::MeetsAll;
    std::string subject;
    double value = 0.0;
    double limit = 0.0;
    double detail = 0.0; // a third figure where the code says so (context or prompt tokens)
};

struct ModelOnPlatform
{
    std::string modelId;
    std::string workload; // the workload this entry sizes (slug)
    int contextTokens = 0; // its context and sessions, as sized
    int sessions = 1;
    MemoryBreakdown memory;
    FitResult fit;
    SpeedEstimate speed; // at the full context of every session (decodeTps = decodeFullTps)
    SpeedBand decodeStartTps; // one session at the start: only the typical prompt in the cache
    SpeedBand decodeTypicalTps; // every session half full: the average depth over a session that fills
    SpeedBand decodeFullTps; // every session at its full context: the worst case
    Placement placement = Placement::Gpu; // where the weights live, as estimated
    std::optional<ExpertSplit> experts; // the two pools, when placement is ExpertsInSystemRam
    std::vector<CardShare> cards; // each card's layers and bytes on a multi-GPU build
    // Identical cards with tensor parallelism instead of layer split (an option: tensorParallelSpeedup).
    std::optional<SpeedBand> tensorParallelStartTps;
    std::optional<SpeedBand> tensorParallelFullTps;
    std::string runCommand; // the llama.cpp command line the estimate assumes (empty when it does not fit)
    std::optional<double> publishedDecodeRatio; // applied to every decode speed above (PlanConstraints)
    bool training = false; // sized as fine-tuning: memory is the training total, speed is trainingSpeed
    bool trainingOnCpu = false; // fine-tuning on a CPU-only machine: graded Slow, whatever the memory
    std::optional<TrainingSpeed> trainingSpeed; // when it fits and the machine publishes its 16-bit FLOPS
};

// Where the break-even month stands for one machine.
enum class BreakEvenKind {
    Month, // pays for itself in breakEvenMonth
    NotWithinHorizon, // not within breakEvenHorizonMonths (or the API spend is zero)
    Unknown, // no price for the complete system
    NotApplicable, // the machine does not qualify (too large, too slow or excluded)
};

struct PlatformAssessment
{
    Platform platform;
    std::vector<ModelOnPlatform> models;
    double peakFootprintBytes = 0.0; // what must be resident at once
    bool excluded = false; // filtered out by budget, vendor, portability, or no price under a budget
    bool meetsNeeds = false; // every model fits with headroom and is fast enough
    BuyerVerdict verdict = BuyerVerdict::TooLarge;
    Reason verdictReason; // the one reason a buyer reads beside the verdict
    SystemPrice system; // what the buyer pays: a card with its host PC, or the machine itself
    std::optional<int> breakEvenMonth; // only when breakEven == Month
    BreakEvenKind breakEven = BreakEvenKind::NotApplicable;
    std::vector<Reason> reasons;
    std::optional<WiredLimitStep> wiredLimit; // a Mac past its default GPU limit: what raising it buys
    bool qualifies() const { return !excluded && system.usd && isQualifying(verdict); }
};

// One workload as the plan sized it: its model, context, sessions and footprint.
struct WorkloadFootprint
{
    std::string workload; // slug
    std::string modelId;
    std::string modelName;
    std::string quantId;
    int contextTokens = 0;
    int sessions = 1;
    int promptTokens = 0;
    double footprintBytes = 0.0; // the LLM and its companions
    double modelBytes = 0.0; // the LLM alone (weights, cache, state, overhead)
    std::vector<Companion> companions = {};
    bool usesImages = false;
    std::optional<TrainingSettings> trainingSettings; // fine-tuning: as sized (sequence length resolved)
    std::optional<TrainingMemory> trainingMemory; // fine-tuning: the breakdown footprintBytes totals
};

struct Recommendation
{
    // Qualifying priced machines (cheapest complete system first), then slow ones, then unpriced ones,
    // then too large, then excluded.
    std::vector<PlatformAssessment> ranked;
    std::optional<std::size_t> recommended; // index into ranked of the answer: the cheapest qualifying system
    Reason noRecommendationReason; // why there is none, when recommended is empty
    std::vector<WorkloadFootprint> workloads; // one per need, in workload order
    bool concurrent = false;
    std::optional<TierSpec> tier;
    double requiredMemoryBytes = 0.0; // footprint / headroom: the RAM a unified machine needs
    double peakFootprintBytes = 0.0;
    // Plan-level reasons; when nothing is recommended they close with noRecommendationReason and what follows
    // from it (see whyNothingRecommended).
    std::vector<Reason> reasons;
};

// Why nothing is recommended, as the answer says it: noRecommendationReason, then, when only slow machines run
// the plan within the budget and preferences, the cheapest machine past them that runs it well. Empty when a
// machine is recommended.
std::vector<Reason> whyNothingRecommended(const Recommendation& plan);

// Workloads -> models -> memory at the user's context and sessions -> every platform's verdict, speed and
// TCO -> ranked list (ties by price, then bandwidth) and the tier the requirement falls in (DESIGN.md).
Result<Recommendation> recommend(const std::vector<ModelNeed>& needs, const std::vector<Platform>& platforms,
                                 const Scenario& scenario, const PlanConstraints& constraints,
                                 const std::vector<TierSpec>& tiers, const SpeedCalibration& calibration,
                                 const SizingConstants& constants = {});

// English wording of a reason, for the CLI and logs (the UI words them through tr()).
std::string describe(const Reason& reason);

} // namespace localrig::core
