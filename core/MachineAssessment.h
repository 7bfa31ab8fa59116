// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Recommender.h"

namespace localrig::core {

// Memory of several workloads resident at once: each distinct model's weights and runtime once, every
// workload's KV cache and state (workloads sharing a model share its weights, as one llama-server does).
MemoryBreakdown concurrentFootprint(const std::vector<ModelNeed>& needs, const std::vector<MemoryBreakdown>& memories);

// One machine against every need: the complete system's price, fit and speeds per workload, the buyer's
// verdict with its reason, and the break-even month.
Result<PlatformAssessment> assessMachine(const Platform& platform, const std::vector<ModelNeed>& needs,
                                         const std::vector<MemoryBreakdown>& memories, const Scenario& scenario,
                                         const PlanConstraints& constraints, const SpeedCalibration& calibration,
                                         const SizingConstants& constants);

} // namespace localrig::core
