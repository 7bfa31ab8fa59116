// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Recommender.h"
#include "Scenario.h"

#include <cstddef>
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
    GuideFigureCorrected, // subject: machine or model; guideSays / sourcesSay: the guide's figure and the sources'
};

struct Lint
{
    LintCode code = LintCode::CheckWhatYouRun;
    std::string subject;
    double value = 0.0;
    double limit = 0.0;
    std::string guideSays; // GuideFigureCorrected only
    std::string sourcesSay; // GuideFigureCorrected only
};

// A catalog row (machine or model) whose guide figure the sources contradict: the catalog's guide_claim and
// guide_check, passed in as plain text (db reads them; core stays Qt-free).
struct GuideFigureCheck
{
    std::string id; // platform or model id
    std::string name; // as shown to the buyer
    std::string guideClaim; // what the guide says
    std::string guideCheck; // the verdict: "contradicted: ...", "partly: ...", "... questionable: ..."
};

// True when `guideCheck` says the sources contradict (or only partly bear out, or question) the guide's figure.
bool guideFigureCorrected(const std::string& guideCheck);

// Maximum ranked machines (after the recommended one) whose guide figures are raised as lints.
inline constexpr std::size_t kGuideLintRankedMachines = 5;

// One GuideFigureCorrected lint per corrected row the plan touches: its models, its recommended machine and
// the first kGuideLintRankedMachines ranked machines that meet the needs. Rows not corrected are ignored.
std::vector<Lint> lintGuideFigures(const std::vector<GuideFigureCheck>& checks, const std::vector<ModelNeed>& needs,
                                   const Recommendation& recommendation);

// `workloads` are the chosen slugs; retrieval lints apply to rag and knowledge-base workloads.
std::vector<Lint> lintPlan(const std::vector<ModelNeed>& needs, const Scenario& scenario,
                           const std::vector<std::string>& workloads, const Recommendation& recommendation);

std::string describe(const Lint& lint);

} // namespace localrig::core
