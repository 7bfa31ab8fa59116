// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MemoryEstimate.h"
#include "Platform.h"
#include "Result.h"
#include "SizingConstants.h"
#include "SpeedEstimate.h"

#include <string>

namespace localrig::core {

// Two to four identical machines pooled over a network (two DGX Sparks over their ConnectX-7 link; Mac
// Studios over Thunderbolt with llama.cpp RPC or exo): each box holds a run of layers, as cards do in layer
// split, so memory pools and a token passes the boxes in turn at one box's bandwidth.
Result<Platform> clusterOf(const Platform& box, int boxes, const std::string& id, const std::string& name);

// The cluster as the fit sees it: every box keeps its own OS reserve (and, on a Mac, its own GPU limit).
Platform withPerBoxReserve(const Platform& cluster, const SizingConstants& constants = {});

// Decode across boxes: the network hop per box and token is small against the weight reads (two DGX Sparks
// in pipeline parallel keep the single-box time per token, unsloth PR #10280; Qwen3-235B Q4_K_M runs at
// 12.98 t/s over RPC on two Sparks, llama.cpp PR #15405), so the expected speed is one box's; measurements
// are few, so the band is widened down to 0.7 of it (an assumption, not a measurement).
inline constexpr double kClusterLowFactor = 0.7;
SpeedBand clusterBand(const SpeedBand& band);

} // namespace localrig::core
