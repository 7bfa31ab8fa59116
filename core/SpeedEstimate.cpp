// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpeedEstimate.h"

#include "Validation.h"

#include <algorithm>
#include <cmath>

namespace localrig::core {

namespace {

constexpr long long kMaxPromptTokens = 1LL << 30;

// Parameters read per decode step when `sessions` tokens are generated together. Dense: all of them.
// MoE: the shared part always, each expert with probability 1 - (1 - k/E)^sessions (independent routing).
double paramsReadPerStep(const ModelSpec& model, int sessions)
{
    if (!model.isMixtureOfExperts()) {
        return model.totalParams;
    }
    // Share of routed experts one token uses: k/E from the card, else active/total as the best proxy.
    const double routedShare = model.routing
        ? static_cast<double>(model.routing->activeExperts) / model.routing->routedExperts
        : model.activeParams / model.totalParams;
    // total = shared + experts; active = shared + share x experts  =>  experts = (total - active) / (1 - share).
    const double expertParams
        = std::min(model.totalParams, (model.totalParams - model.activeParams) / std::max(1e-9, 1.0 - routedShare));
    const double sharedParams = model.totalParams - expertParams;
    const double touched = 1.0 - std::pow(1.0 - routedShare, sessions);
    return sharedParams + expertParams * touched;
}

SpeedBand scaled(double expected, double lowRatio, double highRatio)
{
    return SpeedBand{expected * lowRatio, expected, expected * highRatio};
}

} // namespace

Result<SpeedEstimate> estimateSpeed(const SpeedInputs& in, const SpeedCalibration& calibration,
                                    const SizingConstants& constants, int promptTokens)
{
    if (in.fit.verdict == FitVerdict::WontFit) {
        return makeError(ErrorCode::OutOfRange,
                         in.model.name + " does not fit on " + in.platform.name + ", so it has no speed there");
    }
    BOOST_OUTCOME_TRY(prompt,
                      requireIntInRange(promptTokens > 0 ? promptTokens : constants.defaultPromptTokens,
                                        "prompt tokens", 1, kMaxPromptTokens));
    const Scenario& scenario = in.scenario;
    const bool moe = in.model.isMixtureOfExperts();
    const DecodeCalibration& fast = calibration.decode(in.platform.backend, moe);
    const double kernel = calibration.kernelFactor(in.quant.kernel);

    // Bytes per parameter come from the footprint, so a measured file size carries into speed too.
    const double bytesPerParam = in.memory.weightsBytes / in.model.totalParams;
    const int sessions = scenario.sessions;
    const double weightBytesPerStep = paramsReadPerStep(in.model, sessions) * bytesPerParam;
    // Every session reads its whole cache and state for each token it generates (DESIGN.md).
    const double cacheBytesPerSession = (in.memory.kvCacheBytes + in.memory.fixedStateBytes) / sessions;

    // Sum over pools: bytes in the pool / (eta x that pool's bandwidth) (sizing-constants.md section 8).
    const double fastShare = in.fit.gpuWeightFraction;
    const double fastBytes = weightBytesPerStep * fastShare + cacheBytesPerSession * sessions;
    double stepSeconds
        = fastBytes / (fast.efficiency * kernel * gbToBytes(in.platform.bandwidthGBs)) + fast.fixedSecondsPerToken;
    double lowRatio = fast.lowRatio;
    double highRatio = fast.highRatio;
    bool calibrated = fast.rows > 0; // every pool the token crosses must have been fitted
    if (fastShare < 1.0) {
        const DecodeCalibration& slow = calibration.decode(Backend::Cpu, moe);
        const double systemGBs = in.platform.systemBandwidthGBs > 0.0 ? in.platform.systemBandwidthGBs
                                                                      : constants.defaultSystemBandwidthGBs;
        stepSeconds += weightBytesPerStep * (1.0 - fastShare) / (slow.efficiency * kernel * gbToBytes(systemGBs));
        lowRatio = std::min(lowRatio, slow.lowRatio);
        highRatio = std::max(highRatio, slow.highRatio);
        calibrated = calibrated && slow.rows > 0;
    }

    SpeedEstimate estimate;
    estimate.promptTokens = prompt;
    estimate.calibrated = calibrated;
    estimate.bytesPerToken = paramsReadPerStep(in.model, 1) * bytesPerParam + cacheBytesPerSession;
    double aggregate = sessions / stepSeconds;

    if (in.platform.fp16Tflops) {
        const PrefillCalibration& pre = calibration.prefill(in.platform.backend);
        // Prefill t/s = eta_p x FLOPS / (2 x active params) (kipply; sizing-constants.md section 7).
        const double prefill
            = pre.efficiency * *in.platform.fp16Tflops * kFlopsPerTflop / (2.0 * in.model.activeParams);
        estimate.prefillTps = scaled(prefill, pre.lowRatio, pre.highRatio);
        estimate.timeToFirstTokenSeconds
            = SpeedBand{prompt / estimate.prefillTps->high, prompt / prefill, prompt / estimate.prefillTps->low};
        // Batched decode cannot outrun the compute that prefill is bound by.
        aggregate = std::min(aggregate, prefill);
    }
    estimate.decodeTps = scaled(aggregate / sessions, lowRatio, highRatio);
    estimate.aggregateDecodeTps = scaled(aggregate, lowRatio, highRatio);
    return estimate;
}

} // namespace localrig::core
