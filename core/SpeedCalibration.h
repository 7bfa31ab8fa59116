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

// Decode: t_token = bytes / (efficiency x bandwidth) + fixedSecondsPerToken (sizing-constants.md section 5).
struct DecodeCalibration
{
    double efficiency = 0.6; // share of the spec bandwidth that decode achieves
    double fixedSecondsPerToken = 0.0; // per-token cost that bytes do not explain (kernel launches, sampling)
    double lowRatio = 0.7; // band: measured / predicted at the 10th percentile
    double highRatio = 1.2; // and at the 90th
    int rows = 0; // measurements behind the figures; 0 = an uncalibrated default
};

// Prefill: tokens/s = efficiency x FLOPS / (2 x active params) (kipply, "Transformer Inference Arithmetic").
struct PrefillCalibration
{
    double efficiency = 0.5;
    double lowRatio = 0.6;
    double highRatio = 1.4;
    int rows = 0;
};

class SpeedCalibration
{
public:
    // Defaults before any fit: decode efficiency 0.6 dense (sizing-constants.md section 5, "recommend ~0.6"),
    // 0.45 for MoE (whichllm's 0.45-0.56 range; MoE measures lower than dense), wide bands, rows = 0.
    static SpeedCalibration uncalibratedDefaults();
    // The constants fitted to measured llama.cpp results: core/calibration/speed-calibration.csv, embedded at
    // build time (regenerate with `localrig calibrate --data core/calibration/measured-public.csv --write ...`).
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
