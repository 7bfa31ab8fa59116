// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeasurementCsv.h"
#include "Result.h"
#include "SpeedCalibration.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

// Fitting the speed model to measurements (issue 7). The model is the one estimateSpeed() uses:
//   t_token = bytes per token / (eta(backend family, dense|MoE) x kernel(quant) x bandwidth) + t_fixed
//   bytes per token = file bytes x active / total + KV cache read at the row's depth (f16)
// and prefill t/s = eta_p(backend family) x FP16 FLOPS / (2 x active params).
namespace localrig::core {

inline constexpr std::size_t kQuantKernelCount = 7;

// A measurement reduced to what the decode model needs.
struct DecodeSample
{
    int line = 0;
    std::string hardwareKey;
    std::string label; // "hardware | model | quant | backend" for reports
    BackendFamily family = BackendFamily::Cuda;
    bool moe = false;
    QuantKernel kernel = QuantKernel::KQuant;
    double bytesPerToken = 0.0; // active weights + KV read at the row's depth
    double fileBytes = 0.0; // the whole file, for the naive baseline
    double bandwidthBytes = 0.0; // bytes/s
    double measuredTps = 0.0;
};

struct PrefillSample
{
    int line = 0;
    std::string hardwareKey;
    BackendFamily family = BackendFamily::Cuda;
    double flops = 0.0; // FP16 tensor FLOP/s
    double activeParams = 0.0;
    double measuredTps = 0.0;
};

struct SkippedRow
{
    int line = 0;
    std::string reason;
};

struct CalibrationSamples
{
    std::vector<DecodeSample> decode;
    std::vector<PrefillSample> prefill;
    std::vector<SkippedRow> skipped; // rows (or halves of rows) that could not be used, and why
};

CalibrationSamples samplesFrom(const std::vector<Measurement>& rows, const ReferenceTables& tables);

enum class DecodeStructure {
    Full, // eta per backend family x dense/MoE, kernel factors, one fixed per-token time, Huber loss
    GlobalConstant, // one eta for every row, nothing else: the baseline the structure must beat
};

struct DecodeFitOptions
{
    DecodeStructure structure = DecodeStructure::Full;
    double huberDelta = 0.1; // residuals beyond 10 % (in log) count linearly, so one broken row cannot pull a cell
    double maxFixedSeconds = 0.02; // t_fixed is searched on [0, 20 ms]
    double fixedStepSeconds = 1e-4; // in 0.1 ms steps
    int iterations = 100; // backfitting passes (cells, then kernels)
};

// Log-space effects, so eta x kernel = exp(cell + kernel). KQuant is the reference kernel (factor 1).
struct DecodeModel
{
    std::array<std::array<double, 2>, kBackendFamilyCount> logEfficiency{};
    std::array<std::array<int, 2>, kBackendFamilyCount> rows{};
    std::array<double, kQuantKernelCount> logKernel{};
    std::array<int, kQuantKernelCount> kernelRows{};
    double fixedSeconds = 0.0;

    // A cell with no rows takes the mean of the cells of its class (dense or MoE) that have rows.
    double efficiency(BackendFamily family, bool moe) const;
    double kernelFactor(QuantKernel kernel) const;
};

Result<DecodeModel> fitDecode(const std::vector<DecodeSample>& samples, const DecodeFitOptions& options = {});
double predictDecodeTps(const DecodeModel& model, const DecodeSample& sample);
// Bandwidth / file size, no efficiency: what a naive calculator prints.
double naiveDecodeTps(const DecodeSample& sample);

struct PrefillModel
{
    std::array<double, kBackendFamilyCount> logEfficiency{};
    std::array<int, kBackendFamilyCount> rows{};
};

// eta_p per family = the median of measured / (FLOPS / (2 x active)); families without rows stay unfitted.
PrefillModel fitPrefill(const std::vector<PrefillSample>& samples);
std::optional<double> predictPrefillTps(const PrefillModel& model, const PrefillSample& sample);

} // namespace localrig::core
