// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingSpeed.h"

#include "core/Validation.h"

namespace localrig::core {

namespace {

constexpr double kForwardFlopsPerParam = 2.0; // one multiply-add per weight per token (Kaplan et al. 2020)
constexpr double kBackwardInputFlopsPerParam = 2.0; // gradient towards the activations
constexpr double kBackwardWeightFlopsPerParam = 2.0; // gradient towards the weights; frozen weights skip it
constexpr double kMaxParams = 1e14;
constexpr double kMaxFlops = 1e19; // 10 EFLOP/s: past any single device
constexpr double kMaxTokens = 1e15;
constexpr double kMaxEpochs = 1e4;

} // namespace

double trainingFlopsPerToken(double params, TrainingMethod method)
{
    const double backward = method == TrainingMethod::Full
        ? kBackwardInputFlopsPerParam + kBackwardWeightFlopsPerParam // 6N in all (Kaplan et al. 2020)
        : kBackwardInputFlopsPerParam; // 4N: a frozen base still passes gradients back to earlier adapters
    return params * (kForwardFlopsPerParam + backward);
}

Result<TrainingSpeed> estimateTrainingSpeed(const TrainingSpeedRequest& request)
{
    BOOST_OUTCOME_TRYV(requirePositive(request.params, "parameters", kMaxParams));
    BOOST_OUTCOME_TRYV(requirePositive(request.peakFlops, "peak FLOP/s", kMaxFlops));
    BOOST_OUTCOME_TRYV(requirePositive(request.datasetTokens, "dataset tokens", kMaxTokens));
    BOOST_OUTCOME_TRYV(requirePositive(request.epochs, "epochs", kMaxEpochs));
    BOOST_OUTCOME_TRYV(requireInRange(request.mfu.low, "MFU (low)", 1e-4, 1.0));
    BOOST_OUTCOME_TRYV(requireInRange(request.mfu.typical, "MFU (typical)", request.mfu.low, 1.0));
    BOOST_OUTCOME_TRYV(requireInRange(request.mfu.high, "MFU (high)", request.mfu.typical, 1.0));
    TrainingSpeed speed;
    speed.flopsPerToken = trainingFlopsPerToken(request.params, request.method);
    const double perMfu = request.peakFlops / speed.flopsPerToken; // tokens/s at 100 % MFU
    speed.tokensPerSecond = {request.mfu.low * perMfu, request.mfu.typical * perMfu, request.mfu.high * perMfu};
    const double tokens = request.datasetTokens * request.epochs;
    speed.seconds = {tokens / speed.tokensPerSecond.high, tokens / speed.tokensPerSecond.typical,
                     tokens / speed.tokensPerSecond.low};
    return speed;
}

} // namespace localrig::core
