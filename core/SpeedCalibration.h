// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Platform.h"
#include "Quantization.h"
#include "Result.h"

#include <array>
#include <string>
#include <string_view>

namespace localrig::core {

// Backends grouped the way the measurements allow a fit (ROCm and Vulkan share AMD data).
enum class BackendFamily { Metal, Cuda, RocmVulkan, Cpu };
inline constexpr std::size_t kBackendFamilyCount = 4;
BackendFamily familyOf(Backend backend);
// "metal", "cuda", "rocm_vulkan", "cpu": the spelling of the calibration file and the CLI.
std::string_view toString(BackendFamily family);
Result<BackendFamily> parseBackendFamily(std::string_view text);

// Layers' worth of launch time for `layers` blocks of which `linearBlocks` are linear attention, each costing
// `linearBlockFactor` layers (issue 16: a Gated DeltaNet block runs more kernels than an attention layer).
double launchLayers(int layers, int linearBlocks, double linearBlockFactor);

// Decode: t_token = (weights + kvFactor x KV) / (efficiency x bandwidth) + (layers + (lambda - 1) x linear blocks)
//                   x secondsPerLayer
//                   + fixedSecondsPerToken + computeFactor x 2 x active / FLOPS (sizing-constants.md section 5;
//                   issue 16: launches scale with layers, dequantising matrix-vector work needs FLOPS).
struct DecodeCalibration
{
    double efficiency = 0.6; // share of the spec bandwidth that decode achieves
    double fixedSecondsPerToken = 0.0; // per-token cost that neither bytes nor layers explain (sampling)
    double lowRatio = 0.7; // band: measured / predicted at the 8th percentile (CrossValidation.cpp)
    double highRatio = 1.2; // and at the 92nd
    int rows = 0; // measurements behind the figures; 0 = an uncalibrated default
    double secondsPerLayer = 0.0; // kernel launches and synchronisation per layer per token
    double kvFactor = 1.0; // KV cache bytes cost this many weight bytes (attention reads less efficiently)
    double computeFactor = 0.0; // c: each generated token also costs c x 2 x active / FP16 FLOPS
    // lambda: a linear-attention (Gated DeltaNet) block launches this many layers' worth of kernels.
    double linearBlockFactor = 1.0;

    // Layers' worth of launch time for `layers` blocks of which `linearBlocks` are linear attention.
    double launchLayers(int layers, int linearBlocks) const;
    // The time per token on one pool for `bytes` of weights and `kvBytes` of cache through `launchLayers` layers.
    double secondsPerToken(double weightBytes, double kvBytes, double launchLayers,
                           double bandwidthBytesPerSecond) const;
};

// Prefill: t_token = (2 x active + attentionFactor x attention) / (efficiency x FLOPS) [+ weights / (ubatch x
// bandwidth) when streamWeights] (kipply, "Transformer Inference Arithmetic"; issue 16).
struct PrefillCalibration
{
    double efficiency = 0.5;
    double lowRatio = 0.6;
    double highRatio = 1.4;
    int rows = 0;
    double moeFactor = 1.0; // MoE prefill keeps this share of the dense efficiency (experts see part of the batch)
    double attentionFactor = 1.0; // attention FLOPs at depth cost this many matrix FLOPs
    bool streamWeights = false; // every weight is read once per micro-batch of the prompt
};

class SpeedCalibration
{
public:
    // Defaults before any fit: decode efficiency 0.6 dense (sizing-constants.md section 5, "recommend ~0.6"),
    // 0.45 for MoE (whichllm's 0.45-0.56 range; MoE measures lower than dense), wide bands, rows = 0.
    static SpeedCalibration uncalibratedDefaults();
    // The constants fitted to measured llama.cpp results: core/calibration/speed-calibration.csv, embedded at
    // build time (regenerate with `localrig calibrate --data core/calibration/measured-public.csv --data
    // core/calibration/measured-public-2026-12.csv --data core/calibration/measured-added.csv --write
    // core/calibration/speed-calibration.csv`; the exact command is in the file's header).
    static const SpeedCalibration& fitted();

    const DecodeCalibration& decode(Backend backend, bool mixtureOfExperts) const;
    const PrefillCalibration& prefill(Backend backend) const;
    // Relative decode efficiency of a dequantization kernel (1.0 = K-quants).
    double kernelFactor(QuantKernel kernel) const;
    int kernelRows(QuantKernel kernel) const; // measurements behind the factor; 0 = not fitted (1.0)

    void setDecode(BackendFamily family, bool mixtureOfExperts, const DecodeCalibration& value);
    void setPrefill(BackendFamily family, const PrefillCalibration& value);
    void setKernelFactor(QuantKernel kernel, double factor, int rows = 0);

    std::string source = "uncalibrated defaults"; // shown next to every band

private:
    std::array<std::array<DecodeCalibration, 2>, kBackendFamilyCount> m_decode{};
    std::array<PrefillCalibration, kBackendFamilyCount> m_prefill{};
    std::array<double, 7> m_kernelFactor{1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0};
    std::array<int, 7> m_kernelRows{};
};

} // namespace localrig::core
