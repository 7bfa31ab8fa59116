// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Expert-offload rows in the calibration (issue 17): what a --n-cpu-moe row reads from system RAM, its time there,
// and keeping such rows out of the fit; plus the multi-GPU test the samples share.
#include "Calibration.h"
#include "CrossValidation.h"

#include <algorithm>
#include <iterator>

namespace localrig::core {

bool isMultiGpu(std::string_view hardware)
{
    std::size_t digits = 0;
    while (digits < hardware.size() && hardware[digits] >= '0' && hardware[digits] <= '9') {
        ++digits;
    }
    return digits > 0 && digits + 1 < hardware.size() && (hardware[digits] == 'x' || hardware[digits] == 'X')
        && hardware[digits + 1] == ' ';
}

double offloadedExpertBytes(const ModelLayout* layout, double fileBytes, double totalParams, double activeParams,
                            QuantKernel kernel, int cpuMoeLayers)
{
    if (totalParams <= 0.0 || activeParams >= totalParams || cpuMoeLayers <= 0) {
        return 0.0;
    }
    const bool routing
        = layout != nullptr && layout->experts > 0 && layout->expertsUsed > 0 && layout->expertsUsed < layout->experts;
    // k/E from the routing, else active / total (ExpertOffload.cpp routedShare).
    const double share
        = routing ? static_cast<double>(layout->expertsUsed) / layout->experts : activeParams / totalParams;
    // experts = (total - active) / (1 - k/E), never more than every parameter; a token uses k/E of them.
    const double routed = std::min(totalParams, (totalParams - activeParams) / (1.0 - share));
    const double activeRouted = std::min(activeParams, routed * share);
    constexpr double kMxfp4BytesPerParam = 4.25 / 8.0; // OCP Microscaling Formats spec: MXFP4 = 4.25 bits
    const double bytesPerParam = kernel == QuantKernel::Fp4 && routing ? kMxfp4BytesPerParam : fileBytes / totalParams;
    const int layers = layout != nullptr && layout->blockCount() > 0 ? layout->blockCount() : kDefaultLayers;
    // The experts of N of the L layers sit in system RAM (llama.cpp PR #15077: --n-cpu-moe counts layers).
    return activeRouted * bytesPerParam * std::min(cpuMoeLayers, layers) / layers;
}

std::vector<DecodeSample> fittedSamples(const std::vector<DecodeSample>& samples)
{
    std::vector<DecodeSample> kept;
    std::copy_if(samples.begin(), samples.end(), std::back_inserter(kept),
                 [](const DecodeSample& s) { return !s.expertOffload; });
    return kept;
}

double systemPoolSeconds(const DecodeModel& model, const DecodeSample& sample)
{
    if (!sample.expertOffload || sample.systemBandwidthBytes <= 0.0) {
        return 0.0;
    }
    // t_system = expert bytes in RAM / (eta_cpu x system bandwidth) (issue 17: the sum of the two pools' times).
    // eta_cpu as estimateSpeed() reads it: the fitted CPU value, or the sizing default while no CPU row was fitted
    // (assemble() keeps that default then; SpeedCalibration.cpp: 0.6 dense, 0.45 MoE).
    constexpr std::size_t kCpu = 3; // BackendFamily::Cpu
    const bool cpuFitted = model.backendRows[kCpu] > 0 || model.rows[kCpu][0] + model.rows[kCpu][1] > 0;
    const double cpuEta = cpuFitted
        ? model.efficiency(BackendFamily::Cpu, sample.moe)
        : SpeedCalibration::uncalibratedDefaults().decode(Backend::Cpu, sample.moe).efficiency;
    const double eta = cpuEta * model.kernelFactor(sample.kernel);
    return sample.systemBytes / (eta * sample.systemBandwidthBytes);
}

std::vector<CrossValidatedDecode> takeOffloadRows(std::vector<CrossValidatedDecode>& rows)
{
    std::vector<CrossValidatedDecode> offload;
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(offload),
                 [](const CrossValidatedDecode& r) { return r.expertOffload; });
    rows.erase(std::remove_if(rows.begin(), rows.end(), [](const CrossValidatedDecode& r) { return r.expertOffload; }),
               rows.end());
    return offload;
}

} // namespace localrig::core
