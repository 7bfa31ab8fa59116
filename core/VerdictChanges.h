// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Recommender.h"
#include "Result.h"
#include "Workload.h"

#include <optional>
#include <string>
#include <vector>

namespace localrig::core {

enum class ChangeKind {
    QuantUp, // a higher-quality quantization (more bits per weight)
    QuantDown, // a smaller quantization
    HalveContext,
    DoubleContext,
    AddSession, // one more parallel agent
    RemoveSession,
    KvCacheQ8, // store the KV cache as q8_0 instead of f16
    RaiseGpuLimit, // on a Mac: raise macOS's GPU wired-memory limit (AppleMemory.h); the memory need stays
};

// The smallest steps up or down from the user's plan and what each does to the memory it needs.
struct VerdictChange
{
    ChangeKind kind = ChangeKind::QuantUp;
    std::string from; // e.g. "Q4_K_M", "32768", "2"
    std::string to;
    double peakFootprintBytes = 0.0;
    double requiredMemoryBytes = 0.0; // RAM a unified machine needs at the headroom line
    std::optional<TierSpec> tier; // the tier that requirement falls in
    bool tierChanges = false; // differs from the plan's tier
    std::optional<FitVerdict> verdictOnChoice; // on the plan's top-ranked machine
    bool verdictChanges = false;
    std::string machine; // RaiseGpuLimit: the Mac it applies to (the cheapest one whose verdict it changes)
    std::optional<WiredLimitStep> gpuLimit; // RaiseGpuLimit: the command, the limits and what macOS keeps
};

// Works out each step for the whole workload (every needed model), not model by model (sizing-constants (b) 8).
Result<std::vector<VerdictChange>> whatWouldChange(const CatalogView& catalog, const WorkloadRequest& request,
                                                   const Recommendation& current,
                                                   const SizingConstants& constants = {});

} // namespace localrig::core
