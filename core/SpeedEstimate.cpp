// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpeedEstimate.h"

#include "Calibration.h"
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

// Weight bytes a decode step of `sessions` tokens reads from a file of `weightsBytes`. MXFP4 files hold the routed
// experts at 4.25 bits (OCP MX spec: 32 4-bit values + one 8-bit scale) and the rest at its own precision, (file -
// experts x 4.25 / 8) / (total - experts) bytes per parameter (issue 16, as ModelLayout::activeWeightBytes); any
// other file is read at its average bytes per parameter.
double bytesReadPerStep(const ModelSpec& model, QuantKernel kernel, double weightsBytes, int sessions)
{
    const double uniform = paramsReadPerStep(model, sessions) * weightsBytes / model.totalParams;
    if (kernel != QuantKernel::Fp4 || !model.isMixtureOfExperts()) {
        return uniform;
    }
    constexpr double kMxfp4BytesPerParam = 4.25 / 8.0;
    const double shared = paramsReadPerStep(model, 0); // no token touches an expert: the shared part alone
    const double experts = model.totalParams - shared;
    if (shared <= 0.0 || weightsBytes <= experts * kMxfp4BytesPerParam) {
        return uniform; // the file is smaller than its experts at 4.25 bits: not an MXFP4 layout
    }
    const double restBytesPerParam = (weightsBytes - experts * kMxfp4BytesPerParam) / shared;
    return shared * restBytesPerParam + (paramsReadPerStep(model, sessions) - shared) * kMxfp4BytesPerParam;
}

// 4 x layers x heads x headDim x min(depth, window): QK^T and AV at `depth` cached tokens (kipply).
double attentionFlopsPerToken(const ModelSpec& model, int depth)
{
    double flops = 0.0;
    for (const KvLayerGroup& group : model.kvGroups) {
        const int cached = group.window > 0 ? std::min(depth, group.window) : depth;
        flops += 4.0 * group.layers * model.attentionHeads * static_cast<double>(group.headDim) * cached;
    }
    return flops;
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
    const double layers = fast.launchLayers(layerCount(in.model), linearBlockCount(in.model));

    // Bytes come from the footprint, so a measured file size carries into speed too.
    const int sessions = scenario.sessions;
    // Offload placements keep the file-average bytes their planners split the pools by (ExpertOffload, -ngl).
    const QuantKernel byteKernel = in.fit.gpuWeightFraction < 1.0 ? QuantKernel::Other : in.quant.kernel;
    const double weightBytesPerStep = bytesReadPerStep(in.model, byteKernel, in.memory.weightsBytes, sessions);
    // Every session reads its whole cache and state for each token it generates (DESIGN.md).
    const double cacheBytesPerSession = (in.memory.kvCacheBytes + in.memory.fixedStateBytes) / sessions;

    // Sum over pools: bytes in the pool / (eta x that pool's bandwidth) (sizing-constants.md section 8), plus the
    // per-layer launch time once per step (issue 16).
    const double fastShare = in.fit.gpuWeightFraction;
    DecodeCalibration fastKernel = fast;
    fastKernel.efficiency = fast.efficiency * kernel;
    double stepSeconds = fastKernel.secondsPerToken(weightBytesPerStep * fastShare, cacheBytesPerSession * sessions,
                                                    layers, gbToBytes(in.platform.bandwidthGBs));
    if (in.platform.fp16Tflops && *in.platform.fp16Tflops > 0.0) {
        // Compute floor: c x sessions x 2 x active / FP16 matrix FLOPS per step (kipply: 2 FLOPs per parameter;
        // c fitted with the decode constants, issue 16).
        stepSeconds
            += fast.computeFactor * sessions * 2.0 * in.model.activeParams / (*in.platform.fp16Tflops * kFlopsPerTflop);
    }
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
    estimate.bytesPerToken = bytesReadPerStep(in.model, byteKernel, in.memory.weightsBytes, 1) + cacheBytesPerSession;
    double aggregate = sessions / stepSeconds;

    if (in.platform.fp16Tflops) {
        const PrefillCalibration& pre = calibration.prefill(in.platform.backend);
        const double flops = pre.efficiency * (moe ? pre.moeFactor : 1.0) * *in.platform.fp16Tflops * kFlopsPerTflop;
        // Prefill seconds per token = (2 x active + a x attention at the prompt's mean depth, prompt / 2) / (eta_p x
        // FLOPS) (kipply "Transformer Inference Arithmetic"; sizing-constants.md section 7) + the weights every
        // micro-batch reads (all experts at 512 tokens) / bandwidth when the fit keeps that term (issue 16).
        double prefillSeconds
            = (2.0 * in.model.activeParams + pre.attentionFactor * attentionFlopsPerToken(in.model, prompt / 2))
            / flops;
        if (pre.streamWeights) {
            prefillSeconds += bytesReadPerStep(in.model, byteKernel, in.memory.weightsBytes, kDefaultMicroBatch)
                / (kDefaultMicroBatch * gbToBytes(in.platform.bandwidthGBs));
        }
        const double prefill = 1.0 / prefillSeconds;
        estimate.prefillTps = scaled(prefill, pre.lowRatio, pre.highRatio);
        estimate.timeToFirstTokenSeconds
            = SpeedBand{prompt / estimate.prefillTps->high, prompt / prefill, prompt / estimate.prefillTps->low};
        // Compute bound: a decode step of `sessions` tokens needs sessions x 2 x active FLOPs (kipply), so batched
        // decode cannot outrun eta_p x FLOPS / (2 x active); it binds for large active counts on low-FLOPS devices.
        aggregate = std::min(aggregate, flops / (2.0 * in.model.activeParams));
    }
    estimate.decodeTps = scaled(aggregate / sessions, lowRatio, highRatio);
    estimate.aggregateDecodeTps = scaled(aggregate, lowRatio, highRatio);
    return estimate;
}

} // namespace localrig::core
