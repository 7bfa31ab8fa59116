// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Recommender.h"
#include "Scenario.h"

#include <string>
#include <vector>

namespace localrig::core {

// The guide's rules of thumb, raised where they apply to the user's plan.
enum class LintCode {
    CheckWhatYouRun, // subject: model. "DeepSeek-R1" by default is often the 1.5 B distill (guide, mistake 5)
    Rarely128, // value: GiB needed. 128 GB is rarely needed when the plan fits 48 GB (guide, mistake 6 / FAQ)
    RetrieveDontStuff, // value: context. Retrieval beats context stuffing beyond a few thousand tokens (mistake 6)
    BeyondNativeContext, // subject: model; value: context; limit: native context
    TotalSetsMemory, // subject: model; value: total params; limit: active params (shift 1)
    KvQuantNeedsHeadDim, // subject: model; value: head dim. q8_0/q4_0 KV needs head width divisible by 32
};

struct Lint
{
    LintCode code = LintCode::CheckWhatYouRun;
    std::string subject;
    double value = 0.0;
    double limit = 0.0;
};

// `workloads` are the chosen slugs; retrieval lints apply to rag and knowledge-base workloads.
std::vector<Lint> lintPlan(const std::vector<ModelNeed>& needs, const Scenario& scenario,
                           const std::vector<std::string>& workloads, const Recommendation& recommendation);

std::string describe(const Lint& lint);

} // namespace localrig::core
