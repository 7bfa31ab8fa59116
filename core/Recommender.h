// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Fit.h"
#include "MemoryEstimate.h"
#include "ModelSpec.h"
#include "Platform.h"
#include "Quantization.h"
#include "Result.h"
#include "Scenario.h"
#include "SizingConstants.h"
#include "SpeedCalibration.h"
#include "SpeedEstimate.h"

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
};

// One of the guide's hardware tiers (e.g. Tier 2 covers 32-48 GB).
struct TierSpec
{
    std::string id;
    std::string name;
    double minGiB = 0.0;
    double maxGiB = 0.0;
    std::string verdict;
};

struct PlanConstraints
{
    std::optional<double> budgetUsd;
    std::optional<std::string> vendor; // "apple", "nvidia", "amd"; empty = any
    bool portableOnly = false;
    double apiUsdPerMonth = 0.0;
    double usdPerKwh = 0.1648;
    double hoursPerDay = 8.0;
    int months = 36;
    double minDecodeTps = 10.0;
    bool concurrentModels = false; // hold every needed model at once instead of one at a time
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
    CardOnly, // the price is a graphics card's alone; a desktop PC around it is extra
    BreakEven, // value: month
    NeverBreaksEven,
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
};

struct ModelOnPlatform
{
    std::string modelId;
    MemoryBreakdown memory;
    FitResult fit;
    SpeedEstimate speed;
};

struct PlatformAssessment
{
    Platform platform;
    std::vector<ModelOnPlatform> models;
    double peakFootprintBytes = 0.0; // what must be resident at once
    bool excluded = false; // filtered out by budget, vendor or portability
    bool meetsNeeds = false; // every model fits with headroom and is fast enough
    std::optional<int> breakEvenMonth;
    std::vector<Reason> reasons;
};

struct Recommendation
{
    std::vector<PlatformAssessment> ranked; // meeting needs first (cheapest first), then the rest
    std::optional<TierSpec> tier;
    double requiredMemoryBytes = 0.0; // footprint / headroom: the RAM a unified machine needs
    double peakFootprintBytes = 0.0;
    std::vector<Reason> reasons;
};

// Workloads -> models -> memory at the user's context and sessions -> every platform's verdict, speed and
// TCO -> ranked list (ties by price, then bandwidth) and the tier the requirement falls in (DESIGN.md).
Result<Recommendation> recommend(const std::vector<ModelNeed>& needs, const std::vector<Platform>& platforms,
                                 const Scenario& scenario, const PlanConstraints& constraints,
                                 const std::vector<TierSpec>& tiers, const SpeedCalibration& calibration,
                                 const SizingConstants& constants = {});

// English wording of a reason, for the CLI and logs (the UI words them through tr()).
std::string describe(const Reason& reason);

} // namespace localrig::core
