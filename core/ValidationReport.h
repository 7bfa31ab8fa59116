// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CrossValidation.h"

#include <string>
#include <vector>

// The per-group tables `localrig validate` prints: cross-validated errors and held-out band coverage of the
// model next to the one-constant baseline and the naive formula, for decode and for prefill / first token.
namespace localrig::core {

struct GroupComparison
{
    std::string backend; // "metal", "cuda", "rocm_vulkan", "cpu", or "all"
    std::string cls; // "dense", "moe" or "all"
    ErrorSummary calibrated; // the chosen form, with coverage
    ErrorSummary naive; // bandwidth / file size (no coverage: it prints no band)
    ErrorSummary global; // one constant, with coverage of its own held-out band
};

// One line per backend family x class that has rows, then all dense, all MoE, the rows at KV depth >= 4096
// ("deep": decode as the context fills), all rows.
// `offload`: the expert-offload rows (CalibrationResult::offloadRows), reported only as the group "offload".
std::vector<GroupComparison> decodeComparisons(const std::vector<CrossValidatedDecode>& fitted, Holdout holdout,
                                               const std::vector<CrossValidatedDecode>& offload = {});

struct PrefillGroup
{
    std::string backend; // a backend family, "multi" (several cards, layer split) or "all"
    ErrorSummary prefill; // prefill tokens/s, with coverage
    ErrorSummary ttft; // time to first token = prompt / prefill: its error is |measured / predicted - 1|
};

std::vector<PrefillGroup> prefillGroups(const std::vector<CrossValidatedPrefill>& rows, Holdout holdout);

} // namespace localrig::core
