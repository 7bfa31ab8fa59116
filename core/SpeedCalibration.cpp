// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpeedCalibration.h"

#include "CalibrationData.h"
#include "CalibrationFile.h"

namespace localrig::core {

namespace {

std::size_t indexOf(BackendFamily family)
{
    return static_cast<std::size_t>(family);
}

constexpr std::array<std::string_view, kBackendFamilyCount> kFamilyNames{"metal", "cuda", "rocm_vulkan", "cpu"};

} // namespace

std::string_view toString(BackendFamily family)
{
    return kFamilyNames[indexOf(family)];
}

Result<BackendFamily> parseBackendFamily(std::string_view text)
{
    for (std::size_t i = 0; i < kFamilyNames.size(); ++i) {
        if (kFamilyNames[i] == text) {
            return static_cast<BackendFamily>(i);
        }
    }
    return makeError(ErrorCode::InvalidInput,
                     "unknown backend family '" + std::string(text) + "' (metal, cuda, rocm_vulkan, cpu)");
}

BackendFamily familyOf(Backend backend)
{
    switch (backend) {
    case Backend::Metal:
        return BackendFamily::Metal;
    case Backend::Cuda:
        return BackendFamily::Cuda;
    case Backend::Rocm:
    case Backend::Vulkan:
        return BackendFamily::RocmVulkan;
    case Backend::Cpu:
        return BackendFamily::Cpu;
    }
    return BackendFamily::Cpu;
}

double launchLayers(int layers, int linearBlocks, double linearBlockFactor)
{
    return layers + (linearBlockFactor - 1.0) * linearBlocks;
}

double DecodeCalibration::launchLayers(int layers, int linearBlocks) const
{
    return core::launchLayers(layers, linearBlocks, linearBlockFactor);
}

double DecodeCalibration::secondsPerToken(double weightBytes, double kvBytes, double layers,
                                          double bandwidthBytesPerSecond) const
{
    // t = (W + kv x KV) / (eta x BW) + layers x t_layer + t_fixed (sizing-constants.md section 5; issue 16)
    return (weightBytes + kvFactor * kvBytes) / (efficiency * bandwidthBytesPerSecond) + layers * secondsPerLayer
        + fixedSecondsPerToken;
}

SpeedCalibration SpeedCalibration::uncalibratedDefaults()
{
    SpeedCalibration calibration;
    for (std::size_t family = 0; family < kBackendFamilyCount; ++family) {
        // Dense ~0.6 (sizing-constants.md section 5); MoE lower (section 6: whichllm 0.45-0.56).
        calibration.m_decode[family][0] = DecodeCalibration{0.6, 0.0, 0.7, 1.2, 0};
        calibration.m_decode[family][1] = DecodeCalibration{0.45, 0.0, 0.6, 1.3, 0};
        // Prefill: gpu_poor uses 0.85 (optimistic), llm-analysis suggests <= 0.7; 0.5 until calibrated.
        calibration.m_prefill[family] = PrefillCalibration{0.5, 0.5, 1.5, 0};
    }
    return calibration;
}

const SpeedCalibration& SpeedCalibration::fitted()
{
    // Parsed once from the embedded file; tst_calibration proves the shipped file parses.
    static const SpeedCalibration calibration = parseCalibrationCsv(embedded::speedCalibrationCsv()).value();
    return calibration;
}

const DecodeCalibration& SpeedCalibration::decode(Backend backend, bool mixtureOfExperts) const
{
    return m_decode[indexOf(familyOf(backend))][mixtureOfExperts ? 1 : 0];
}

const PrefillCalibration& SpeedCalibration::prefill(Backend backend) const
{
    return m_prefill[indexOf(familyOf(backend))];
}

double SpeedCalibration::kernelFactor(QuantKernel kernel) const
{
    return m_kernelFactor[static_cast<std::size_t>(kernel)];
}

void SpeedCalibration::setDecode(BackendFamily family, bool mixtureOfExperts, const DecodeCalibration& value)
{
    m_decode[indexOf(family)][mixtureOfExperts ? 1 : 0] = value;
}

void SpeedCalibration::setPrefill(BackendFamily family, const PrefillCalibration& value)
{
    m_prefill[indexOf(family)] = value;
}

int SpeedCalibration::kernelRows(QuantKernel kernel) const
{
    return m_kernelRows[static_cast<std::size_t>(kernel)];
}

void SpeedCalibration::setKernelFactor(QuantKernel kernel, double factor, int rows)
{
    m_kernelFactor[static_cast<std::size_t>(kernel)] = factor;
    m_kernelRows[static_cast<std::size_t>(kernel)] = rows;
}

} // namespace localrig::core
