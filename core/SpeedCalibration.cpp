// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpeedCalibration.h"

namespace localrig::core {

namespace {

std::size_t indexOf(BackendFamily family)
{
    return static_cast<std::size_t>(family);
}

} // namespace

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

void SpeedCalibration::setKernelFactor(QuantKernel kernel, double factor)
{
    m_kernelFactor[static_cast<std::size_t>(kernel)] = factor;
}

} // namespace localrig::core
