// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Recommender.h"
#include "Workload.h"

#include <optional>
#include <string>
#include <vector>

// What one machine (usually this computer) can do for each of the catalog's workloads, graded exactly as the
// Plan page grades a machine when that one workload is ticked, and the smallest upgrade where it falls short.
namespace localrig::core {

struct WorkloadGrade
{
    std::string workload; // slug
    BuyerVerdict verdict = BuyerVerdict::TooLarge;
    Reason reason; // the one reason the Plan page shows beside the verdict
    double footprintBytes = 0.0; // what the workload keeps resident
    PlatformAssessment assessment; // the machine's row of the Plan page's table (models, speeds, fit)
    // Only for Slow and TooLarge: the Plan page's answer for this workload, i.e. the cheapest priced catalog
    // system that grades Great or Good (its system.usd is the complete price, a card with its host PC).
    std::optional<PlatformAssessment> upgrade;
};

// Puts a measured memory read bandwidth (core/host/BandwidthProbe.h) where it belongs: the CPU reads system
// RAM, so behind a discrete GPU it is the system pool (systemBandwidthGBs) and the card keeps its VRAM
// figure; on a unified or CPU-only machine it is the pool the model runs from (bandwidthGBs).
void applyMeasuredBandwidth(Platform& machine, double measuredGBs);

// For every workload of the catalog, in catalog order: recommend() over the catalog's platforms with `machine`
// in place of any platform with its id, with request.slugs set to that one workload (the rest of `request`,
// e.g. headroom and KV type, as the Plan page's inputs give it). An error when a workload cannot be planned.
Result<std::vector<WorkloadGrade>> gradeMachine(const CatalogView& catalog, const Platform& machine,
                                                const WorkloadRequest& request, const SpeedCalibration& calibration,
                                                const SizingConstants& constants = {});

} // namespace localrig::core
