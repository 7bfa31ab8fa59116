// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fit.h"

#include "MemoryEstimate.h"
#include "Validation.h"

#include <algorithm>
#include <array>
#include <utility>

namespace localrig::core {

namespace {

constexpr double kMaxMemoryGiB = 1 << 20; // 1 PiB of RAM: past any machine
constexpr double kMaxBandwidthGBs = 1e6;
constexpr double kMaxTflops = 1e6;
constexpr double kMaxWatts = 1e6;
constexpr double kMaxPriceUsd = 1e9;

// macOS working-set fraction by RAM: 16 GB -> 10.67 GiB (exo PR #1672), 32-64 GB -> 3/4 (gpustack #1375,
// llama.cpp #1870), 128 GB -> 107.52 GiB (antirez/ds4 #893). Linear between the points.
constexpr std::array<std::pair<double, double>, 4> kWorkingSetCurve{{
    {16.0, 2.0 / 3.0},
    {32.0, 0.75},
    {64.0, 0.75},
    {128.0, 107.52 / 128.0},
}};

} // namespace

double metalWorkingSetFraction(double ramGiB)
{
    if (ramGiB <= kWorkingSetCurve.front().first) {
        return kWorkingSetCurve.front().second;
    }
    for (std::size_t i = 1; i < kWorkingSetCurve.size(); ++i) {
        const auto [upperRam, upperFraction] = kWorkingSetCurve[i];
        if (ramGiB <= upperRam) {
            const auto [lowerRam, lowerFraction] = kWorkingSetCurve[i - 1];
            const double t = (ramGiB - lowerRam) / (upperRam - lowerRam);
            return lowerFraction + t * (upperFraction - lowerFraction);
        }
    }
    return kWorkingSetCurve.back().second;
}

double gpuUsableBytes(const Platform& platform, const SizingConstants& constants)
{
    if (platform.gpuLimitGiB) {
        return gibToBytes(*platform.gpuLimitGiB);
    }
    switch (platform.memoryKind) {
    case MemoryKind::Discrete:
        return std::max(0.0, gibToBytes(platform.vramGiB) - constants.discreteSafetyMarginBytes);
    case MemoryKind::Unified:
        if (platform.backend == Backend::Metal) {
            return gibToBytes(platform.memoryGiB) * metalWorkingSetFraction(platform.memoryGiB);
        }
        [[fallthrough]];
    case MemoryKind::System:
        return std::max(0.0, gibToBytes(platform.memoryGiB) - constants.osReserveBytes);
    }
    return 0.0;
}

Result<Platform> validated(const Platform& platform)
{
    BOOST_OUTCOME_TRYV(requireNonNegative(platform.memoryGiB, "memory (GB)", kMaxMemoryGiB));
    BOOST_OUTCOME_TRYV(requireNonNegative(platform.vramGiB, "VRAM (GB)", kMaxMemoryGiB));
    BOOST_OUTCOME_TRYV(requirePositive(platform.bandwidthGBs, "memory bandwidth (GB/s)", kMaxBandwidthGBs));
    BOOST_OUTCOME_TRYV(requireNonNegative(platform.systemBandwidthGBs, "system bandwidth (GB/s)", kMaxBandwidthGBs));
    BOOST_OUTCOME_TRYV(requireNonNegative(platform.loadWatts, "load power (W)", kMaxWatts));
    BOOST_OUTCOME_TRYV(requireNonNegative(platform.idleWatts, "idle power (W)", kMaxWatts));
    if (platform.fp16Tflops) {
        BOOST_OUTCOME_TRYV(requirePositive(*platform.fp16Tflops, "FP16 TFLOPS", kMaxTflops));
    }
    if (platform.priceUsd) {
        BOOST_OUTCOME_TRYV(requireNonNegative(*platform.priceUsd, "price (USD)", kMaxPriceUsd));
    }
    if (platform.gpuLimitGiB) {
        BOOST_OUTCOME_TRYV(requirePositive(*platform.gpuLimitGiB, "GPU memory limit (GB)", kMaxMemoryGiB));
    }
    if (platform.memoryKind == MemoryKind::Discrete && platform.vramGiB <= 0.0) {
        return makeError(ErrorCode::InvalidInput, "a discrete GPU needs its VRAM size");
    }
    if (platform.memoryKind != MemoryKind::Discrete && platform.memoryGiB <= 0.0) {
        return makeError(ErrorCode::InvalidInput, "a unified or system-memory platform needs its memory size");
    }
    return platform;
}

Result<FitResult> assessFit(const MemoryBreakdown& memory, const Platform& platform, const Scenario& scenario,
                            const SizingConstants& constants)
{
    BOOST_OUTCOME_TRYV(validated(platform));
    BOOST_OUTCOME_TRYV(validated(scenario));
    FitResult fit;
    const double usable = gpuUsableBytes(platform, constants);

    if (platform.memoryKind != MemoryKind::Discrete) {
        // Unified: comfortable <= headroom x RAM and within the GPU's default pool (the Metal working set);
        // tight up to RAM - OS reserve (DESIGN.md), which on a Mac means raising iogpu.wired_limit_mb.
        fit.poolBytes = gibToBytes(platform.memoryGiB);
        fit.gpuDefaultLimitBytes = usable;
        fit.hardLimitBytes = std::max(usable, fit.poolBytes - constants.osReserveBytes);
        fit.comfortableLimitBytes = std::min(scenario.headroom * fit.poolBytes, usable);
        fit.fastPoolBytes = memory.totalBytes;
        if (memory.totalBytes <= fit.comfortableLimitBytes) {
            fit.verdict = FitVerdict::Comfortable;
        } else if (memory.totalBytes <= fit.hardLimitBytes) {
            fit.verdict = FitVerdict::Tight;
        } else {
            fit.verdict = FitVerdict::WontFit;
        }
        return fit;
    }

    // Discrete: VRAM minus llama.cpp's 1 GiB auto-fit margin is comfortable. The footprint already counts the
    // runtime context and compute buffer (sizing-constants.md section 3), so a model up to the whole VRAM (less
    // discreteReserveBytes) still runs with every layer on the GPU: Tight, not partial offload (issue 16 item 5).
    fit.poolBytes = gibToBytes(platform.vramGiB);
    fit.gpuDefaultLimitBytes = usable;
    fit.comfortableLimitBytes = usable;
    fit.hardLimitBytes = std::max(usable, fit.poolBytes - constants.discreteReserveBytes);
    if (memory.totalBytes <= usable) {
        fit.verdict = FitVerdict::FitsInVram;
        fit.fastPoolBytes = memory.totalBytes;
        return fit;
    }
    if (memory.totalBytes <= fit.hardLimitBytes) {
        fit.verdict = FitVerdict::Tight;
        fit.fastPoolBytes = memory.totalBytes;
        return fit;
    }
    // KV cache, state and buffers stay on the GPU; weights fill what is left (llama.cpp shrinks context
    // first, then moves weights out: sizing-constants.md section 4).
    const double nonWeights = memory.totalBytes - memory.weightsBytes;
    const double weightsOnGpu = usable - nonWeights;
    const double systemSpillLimit = std::max(0.0, gibToBytes(platform.memoryGiB) * scenario.headroom);
    if (weightsOnGpu <= 0.0 || memory.weightsBytes <= 0.0) {
        fit.verdict = FitVerdict::WontFit;
        return fit;
    }
    const double spilled = memory.weightsBytes - weightsOnGpu;
    if (spilled > systemSpillLimit) {
        fit.verdict = FitVerdict::WontFit;
        return fit;
    }
    fit.verdict = FitVerdict::PartialOffload;
    fit.gpuWeightFraction = weightsOnGpu / memory.weightsBytes;
    fit.fastPoolBytes = usable;
    fit.systemPoolBytes = spilled;
    return fit;
}

} // namespace localrig::core
