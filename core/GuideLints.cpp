// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuideLints.h"

#include "Units.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace localrig::core {

namespace {

// Beyond this a retrieval workload is stuffing context; the guide says retrieve the relevant 4-8K.
constexpr int kRetrievalContextTokens = 32768;
// The guide's line: 48 GB covers most developer work; 128 GB is for 120 B+ models and swarms.
constexpr double kMostWorkGiB = 48.0;
// ggml's quantized KV blocks hold 32 elements (Mesh-LLM PR #1532: head_dim 80 fails with q8_0).
constexpr int kKvQuantBlock = 32;

bool contains(std::string haystack, std::string needle)
{
    auto lower = [](std::string& s) {
        std::transform(s.begin(), s.end(), s.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    };
    lower(haystack);
    lower(needle);
    return haystack.find(needle) != std::string::npos;
}

bool isRetrievalWorkload(const std::string& slug)
{
    return slug == "rag" || slug == "personal-knowledge-base" || slug == "enterprise-knowledge-base"
        || slug == "long-context-retrieval";
}

} // namespace

std::vector<Lint> lintPlan(const std::vector<ModelNeed>& needs, const Scenario& scenario,
                           const std::vector<std::string>& workloads, const Recommendation& recommendation)
{
    std::vector<Lint> lints;
    for (const ModelNeed& need : needs) {
        const ModelSpec& model = need.model;
        if (contains(model.name, "deepseek-r1") || contains(model.id, "deepseek_r1")) {
            lints.push_back({LintCode::CheckWhatYouRun, model.name, model.totalParams, 0.0});
        }
        if (model.nativeContext > 0 && scenario.contextTokens > model.nativeContext) {
            lints.push_back({LintCode::BeyondNativeContext, model.name, static_cast<double>(scenario.contextTokens),
                             static_cast<double>(model.nativeContext)});
        }
        if (model.isMixtureOfExperts()) {
            lints.push_back({LintCode::TotalSetsMemory, model.name, model.totalParams, model.activeParams});
        }
        if (scenario.kvType != KvCacheType::F16) {
            for (const KvLayerGroup& group : model.kvGroups) {
                if (group.headDim % kKvQuantBlock != 0) {
                    lints.push_back({LintCode::KvQuantNeedsHeadDim, model.name, static_cast<double>(group.headDim),
                                     static_cast<double>(kKvQuantBlock)});
                    break;
                }
            }
        }
    }
    const bool retrieval = std::any_of(workloads.begin(), workloads.end(), isRetrievalWorkload);
    if (retrieval && scenario.contextTokens > kRetrievalContextTokens) {
        lints.push_back({LintCode::RetrieveDontStuff,
                         {},
                         static_cast<double>(scenario.contextTokens),
                         static_cast<double>(kRetrievalContextTokens)});
    }
    if (recommendation.requiredMemoryBytes > 0.0 && recommendation.requiredMemoryBytes <= gibToBytes(kMostWorkGiB)) {
        lints.push_back({LintCode::Rarely128, {}, bytesToGiB(recommendation.requiredMemoryBytes), kMostWorkGiB});
    }
    return lints;
}

std::string describe(const Lint& lint)
{
    std::ostringstream out;
    out.precision(3);
    switch (lint.code) {
    case LintCode::CheckWhatYouRun:
        out << "check what you actually run: a download called \"DeepSeek-R1\" is often the 1.5 B distill, not "
            << lint.subject;
        break;
    case LintCode::Rarely128:
        out << "this plan needs about " << lint.value << " GB; 128 GB is rarely needed for it (" << lint.limit
            << " GB covers most developer work)";
        break;
    case LintCode::RetrieveDontStuff:
        out << "a " << lint.value << "-token context for retrieval work: retrieving the relevant 4-8K tokens is "
            << "usually faster and cheaper than stuffing the context";
        break;
    case LintCode::BeyondNativeContext:
        out << lint.subject << " was trained for " << lint.limit << " tokens; " << lint.value
            << " needs context extension and may lose quality";
        break;
    case LintCode::TotalSetsMemory:
        out << lint.subject << ": all " << lint.value / 1e9 << " B parameters set the memory, the " << lint.limit / 1e9
            << " B active ones set the speed";
        break;
    case LintCode::KvQuantNeedsHeadDim:
        out << lint.subject << " has head dimension " << lint.value << ", not a multiple of " << lint.limit
            << ", so a quantized KV cache may not load";
        break;
    }
    return out.str();
}

} // namespace localrig::core
