// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Fit.h"
#include "MemoryEstimate.h"
#include "ModelSpec.h"
#include "Platform.h"
#include "Quantization.h"
#include "Result.h"
#include "Scenario.h"
#include "SizingConstants.h"
#include "SpeedCalibration.h"

#include <optional>

namespace localrig::core {

// A figure with its uncertainty: never a bare point (DESIGN.md).
struct SpeedBand
{
    double low = 0.0;
    double expected = 0.0;
    double high = 0.0;
};

struct SpeedEstimate
{
    SpeedBand decodeTps; // tokens/s one session sees
    SpeedBand aggregateDecodeTps; // tokens/s all sessions together (batched decode)
    std::optional<SpeedBand> prefillTps; // unknown when the platform's FLOPS are not published
    std::optional<SpeedBand> timeToFirstTokenSeconds; // for promptTokens
    int promptTokens = 0;
    double bytesPerToken = 0.0; // read from memory per generated token, one session
    bool calibrated = false; // true only when every memory pool used has fitted constants (rows > 0)
};

struct SpeedInputs
{
    const ModelSpec& model;
    const Quantization& quant;
    const MemoryBreakdown& memory;
    const FitResult& fit;
    const Platform& platform;
    const Scenario& scenario;
};

// Decode is memory-bound: t = sum over pools of bytes_pool / (eta x BW_pool) + t_fixed (DESIGN.md, sizing §5, §8).
// Prefill is compute-bound: eta_p x FLOPS / (2 x active params) (sizing §7).
Result<SpeedEstimate> estimateSpeed(const SpeedInputs& inputs, const SpeedCalibration& calibration,
                                    const SizingConstants& constants = {}, int promptTokens = 0);

} // namespace localrig::core
