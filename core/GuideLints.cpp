// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuideLints.h"

#include "FigureText.h"
#include "Units.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <utility>

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

// "contradicted (price): the M4 Air launched at $999" -> "the M4 Air launched at $999": a short leading verdict
// is dropped, since the lint itself says the figure is corrected; longer verdicts stay whole.
std::string withoutVerdict(const std::string& guideCheck)
{
    constexpr std::size_t kVerdictChars = 26;
    const std::size_t colon = guideCheck.find(": ");
    if (colon == std::string::npos || colon > kVerdictChars) {
        return guideCheck;
    }
    return guideCheck.substr(colon + 2);
}

} // namespace

std::vector<Lint> lintPlan(const std::vector<ModelNeed>& needs, const Scenario& scenario,
                           const std::vector<std::string>& workloads, const Recommendation& recommendation)
{
    std::vector<Lint> lints;
    std::vector<std::string> seen;
    for (const ModelNeed& need : needs) {
        const ModelSpec& model = need.model;
        const Scenario own = scenarioFor(need, scenario);
        if (std::find(seen.begin(), seen.end(), model.id) != seen.end()) {
            continue; // two workloads on one model: one set of lints
        }
        seen.push_back(model.id);
        if (contains(model.name, "deepseek-r1") || contains(model.id, "deepseek_r1")) {
            lints.push_back({LintCode::CheckWhatYouRun, model.name, model.totalParams, 0.0, {}, {}});
        }
        if (model.nativeContext > 0 && own.contextTokens > model.nativeContext) {
            lints.push_back({LintCode::BeyondNativeContext,
                             model.name,
                             static_cast<double>(own.contextTokens),
                             static_cast<double>(model.nativeContext),
                             {},
                             {}});
        }
        if (model.isMixtureOfExperts()) {
            lints.push_back({LintCode::TotalSetsMemory, model.name, model.totalParams, model.activeParams, {}, {}});
        }
        if (scenario.kvType != KvCacheType::F16) {
            for (const KvLayerGroup& group : model.kvGroups) {
                if (group.headDim % kKvQuantBlock != 0) {
                    lints.push_back({LintCode::KvQuantNeedsHeadDim,
                                     model.name,
                                     static_cast<double>(group.headDim),
                                     static_cast<double>(kKvQuantBlock),
                                     {},
                                     {}});
                    break;
                }
            }
        }
    }
    // Only the retrieval workloads' own contexts count: a 128K coding context is not context stuffing.
    int retrievalContext = 0;
    for (const ModelNeed& need : needs) {
        if (isRetrievalWorkload(need.workload)) {
            retrievalContext = std::max(retrievalContext, scenarioFor(need, scenario).contextTokens);
        }
    }
    const bool retrieval = std::any_of(workloads.begin(), workloads.end(), isRetrievalWorkload);
    if (retrieval && retrievalContext == 0) {
        retrievalContext = scenario.contextTokens; // needs built without workload slugs
    }
    if (retrieval && retrievalContext > kRetrievalContextTokens) {
        lints.push_back({LintCode::RetrieveDontStuff,
                         {},
                         static_cast<double>(retrievalContext),
                         static_cast<double>(kRetrievalContextTokens),
                         {},
                         {}});
    }
    if (recommendation.requiredMemoryBytes > 0.0 && recommendation.requiredMemoryBytes <= gibToBytes(kMostWorkGiB)) {
        lints.push_back(
            {LintCode::Rarely128, {}, bytesToGiB(recommendation.requiredMemoryBytes), kMostWorkGiB, {}, {}});
    }
    return lints;
}

bool guideFigureCorrected(const std::string& guideCheck)
{
    return contains(guideCheck, "contradicted") || contains(guideCheck, "questionable")
        || contains(guideCheck, "partly") || contains(guideCheck, "wrong");
}

std::vector<Lint> lintGuideFigures(const std::vector<GuideFigureCheck>& checks, const std::vector<ModelNeed>& needs,
                                   const Recommendation& recommendation)
{
    std::vector<std::string> ids; // models first, then machines, each once
    auto add = [&ids](const std::string& id) {
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
            ids.push_back(id);
        }
    };
    for (const ModelNeed& need : needs) {
        add(need.model.id);
    }
    if (recommendation.recommended && *recommendation.recommended < recommendation.ranked.size()) {
        add(recommendation.ranked[*recommendation.recommended].platform.id);
    }
    std::size_t shown = 0;
    for (const PlatformAssessment& machine : recommendation.ranked) {
        if (shown == kGuideLintRankedMachines) {
            break;
        }
        if (machine.meetsNeeds && !machine.excluded) {
            add(machine.platform.id);
            ++shown;
        }
    }
    std::vector<Lint> lints;
    for (const std::string& id : ids) {
        const auto check
            = std::find_if(checks.begin(), checks.end(), [&](const GuideFigureCheck& c) { return c.id == id; });
        if (check != checks.end() && guideFigureCorrected(check->guideCheck)) {
            Lint lint{LintCode::GuideFigureCorrected, check->name, 0.0, 0.0, {}, {}};
            lint.guideSays = check->guideClaim;
            lint.sourcesSay = withoutVerdict(check->guideCheck);
            lints.push_back(std::move(lint));
        }
    }
    return lints;
}

std::string describe(const Lint& lint)
{
    std::ostringstream out;
    switch (lint.code) {
    case LintCode::CheckWhatYouRun:
        out << "check what you actually run: a download called \"DeepSeek-R1\" is often the 1.5 B distill, not "
            << lint.subject;
        break;
    case LintCode::Rarely128:
        out << "this plan needs about " << figure(lint.value) << " GB; 128 GB is rarely needed for it ("
            << figure(lint.limit) << " GB covers most developer work)";
        break;
    case LintCode::RetrieveDontStuff:
        out << "a " << figure(lint.value)
            << "-token context for retrieval work: retrieving the relevant 4-8K tokens is "
            << "usually faster and cheaper than stuffing the context";
        break;
    case LintCode::BeyondNativeContext:
        out << lint.subject << " was trained for " << figure(lint.limit) << " tokens; " << figure(lint.value)
            << " needs context extension and may lose quality";
        break;
    case LintCode::TotalSetsMemory:
        out << lint.subject << ": all " << figure(lint.value / 1e9) << " B parameters set the memory, the "
            << figure(lint.limit / 1e9) << " B active ones set the speed";
        break;
    case LintCode::KvQuantNeedsHeadDim:
        out << lint.subject << " has head dimension " << figure(lint.value) << ", not a multiple of "
            << figure(lint.limit) << ", so a quantized KV cache may not load";
        break;
    case LintCode::GuideFigureCorrected:
        out << lint.subject << ": the guide says \"" << lint.guideSays << "\"; sources say: " << lint.sourcesSay;
        break;
    }
    return out.str();
}

} // namespace localrig::core
