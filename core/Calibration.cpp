// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Calibration.h"

#include "MemoryEstimate.h"
#include "Statistics.h"
#include "Units.h"

#include <cmath>
#include <limits>

namespace localrig::core {

namespace {

constexpr std::size_t kCellCount = kBackendFamilyCount * 2;
constexpr double kDefaultEfficiency = 0.6; // sizing-constants.md section 5, when nothing at all was fitted

std::size_t familyIndex(BackendFamily family)
{
    return static_cast<std::size_t>(family);
}

std::size_t kernelIndex(QuantKernel kernel)
{
    return static_cast<std::size_t>(kernel);
}

std::size_t cellOf(const DecodeSample& s, DecodeStructure structure)
{
    return structure == DecodeStructure::GlobalConstant ? 0 : familyIndex(s.family) * 2 + (s.moe ? 1 : 0);
}

// KV bytes read per token at `depth` cached tokens, f16 (llama-bench's default cache type).
double kvBytesAt(const ModelLayout* layout, int depth)
{
    if (layout == nullptr || depth <= 0) {
        return 0.0;
    }
    ModelSpec spec;
    spec.kvGroups = layout->groups;
    auto bytes = kvCacheBytesPerSession(spec, depth, KvCacheType::F16);
    return bytes ? bytes.value() : 0.0;
}

double huberLoss(double residual, double delta)
{
    const double a = std::abs(residual);
    return a <= delta ? 0.5 * a * a : delta * (a - 0.5 * delta);
}

struct Effects
{
    std::array<double, kCellCount> cell{};
    std::array<double, kQuantKernelCount> kernel{};
};

// Backfitting of y = cell + kernel with Huber weights: each pass sets every cell to the weighted mean of
// y - kernel over its rows, then every kernel (K-quants stay the reference, 0) to the mean of y - cell.
Effects backfit(const std::vector<DecodeSample>& samples, const std::vector<double>& y, const DecodeFitOptions& options,
                bool fitKernels)
{
    Effects e;
    std::vector<double> weight(samples.size(), 1.0);
    for (int pass = 0; pass < options.iterations; ++pass) {
        std::array<double, kCellCount> num{};
        std::array<double, kCellCount> den{};
        for (std::size_t i = 0; i < samples.size(); ++i) {
            const std::size_t c = cellOf(samples[i], options.structure);
            num[c] += weight[i] * (y[i] - e.kernel[kernelIndex(samples[i].kernel)]);
            den[c] += weight[i];
        }
        for (std::size_t c = 0; c < kCellCount; ++c) {
            e.cell[c] = den[c] > 0.0 ? num[c] / den[c] : 0.0;
        }
        if (fitKernels) {
            std::array<double, kQuantKernelCount> kNum{};
            std::array<double, kQuantKernelCount> kDen{};
            for (std::size_t i = 0; i < samples.size(); ++i) {
                const std::size_t k = kernelIndex(samples[i].kernel);
                kNum[k] += weight[i] * (y[i] - e.cell[cellOf(samples[i], options.structure)]);
                kDen[k] += weight[i];
            }
            for (std::size_t k = 0; k < kQuantKernelCount; ++k) {
                const bool reference = k == kernelIndex(QuantKernel::KQuant);
                e.kernel[k] = (!reference && kDen[k] > 0.0) ? kNum[k] / kDen[k] : 0.0;
            }
        }
        if (options.structure == DecodeStructure::Full && options.huberDelta > 0.0) {
            for (std::size_t i = 0; i < samples.size(); ++i) {
                const double r = std::abs(y[i] - e.cell[cellOf(samples[i], options.structure)]
                                          - e.kernel[kernelIndex(samples[i].kernel)]);
                weight[i] = r <= options.huberDelta ? 1.0 : options.huberDelta / r;
            }
        }
    }
    return e;
}

DecodeModel modelFrom(const Effects& e, const std::vector<DecodeSample>& samples, const DecodeFitOptions& options,
                      double fixedSeconds)
{
    DecodeModel model;
    model.fixedSeconds = fixedSeconds;
    for (const DecodeSample& s : samples) {
        ++model.rows[familyIndex(s.family)][s.moe ? 1 : 0];
        ++model.kernelRows[kernelIndex(s.kernel)];
    }
    for (std::size_t f = 0; f < kBackendFamilyCount; ++f) {
        for (std::size_t moe = 0; moe < 2; ++moe) {
            model.logEfficiency[f][moe]
                = options.structure == DecodeStructure::GlobalConstant ? e.cell[0] : e.cell[f * 2 + moe];
        }
    }
    model.logKernel = e.kernel;
    return model;
}

} // namespace

CalibrationSamples samplesFrom(const std::vector<Measurement>& rows, const ReferenceTables& tables)
{
    CalibrationSamples out;
    for (const Measurement& row : rows) {
        const std::string label = row.hardware + " | " + row.model + " | " + row.quant;
        if (row.decodeTps) {
            if (!row.bandwidthGBs) {
                out.skipped.push_back({row.line, "decode: no bandwidth_gbs (" + label + ")"});
            } else if (!row.fileGiB) {
                out.skipped.push_back({row.line, "decode: no file_gib (" + label + ")"});
            } else {
                const ModelLayout* layout = tables.layout(row.model);
                if (layout == nullptr) {
                    out.skipped.push_back({row.line, "note: no KV layout for '" + row.model + "', KV read taken as 0"});
                }
                DecodeSample s;
                s.line = row.line;
                s.hardwareKey = row.hardwareKey;
                s.label = label;
                s.family = familyOf(row.backend);
                s.moe = row.isMixtureOfExperts();
                s.kernel = row.kernel;
                s.fileBytes = gibToBytes(*row.fileGiB);
                // Same physics as estimateSpeed(): MoE reads the active share of the file, plus the KV cache.
                s.bytesPerToken
                    = s.fileBytes * row.activeParams / row.totalParams + kvBytesAt(layout, row.contextTokens);
                s.bandwidthBytes = gbToBytes(*row.bandwidthGBs);
                s.measuredTps = *row.decodeTps;
                out.decode.push_back(std::move(s));
            }
        }
        if (row.prefillTps) {
            if (const auto tflops = tables.fp16Tflops(row.hardwareKey)) {
                out.prefill.push_back(PrefillSample{row.line, row.hardwareKey, familyOf(row.backend),
                                                    *tflops * kFlopsPerTflop, row.activeParams, *row.prefillTps});
            } else {
                out.skipped.push_back({row.line, "prefill: no FP16 FLOPS sourced for '" + row.hardwareKey + "'"});
            }
        }
    }
    return out;
}

double DecodeModel::efficiency(BackendFamily family, bool moe) const
{
    const std::size_t f = familyIndex(family);
    const std::size_t m = moe ? 1 : 0;
    if (rows[f][m] > 0) {
        return std::exp(logEfficiency[f][m]);
    }
    for (bool sameClassOnly : {true, false}) {
        double sum = 0.0;
        int cells = 0;
        for (std::size_t other = 0; other < kBackendFamilyCount; ++other) {
            for (std::size_t c = 0; c < 2; ++c) {
                if (rows[other][c] > 0 && (!sameClassOnly || c == m)) {
                    sum += logEfficiency[other][c];
                    ++cells;
                }
            }
        }
        if (cells > 0) {
            return std::exp(sum / cells);
        }
    }
    return kDefaultEfficiency;
}

double DecodeModel::kernelFactor(QuantKernel kernel) const
{
    return std::exp(logKernel[kernelIndex(kernel)]);
}

Result<DecodeModel> fitDecode(const std::vector<DecodeSample>& samples, const DecodeFitOptions& options)
{
    if (samples.empty()) {
        return makeError(ErrorCode::InvalidInput, "no decode rows to fit (rows need tg, bandwidth and file size)");
    }
    bool hasReferenceKernel = false;
    for (const DecodeSample& s : samples) {
        hasReferenceKernel = hasReferenceKernel || s.kernel == QuantKernel::KQuant;
    }
    const bool full = options.structure == DecodeStructure::Full;
    const bool fitKernels = full && hasReferenceKernel;
    const int steps = full ? static_cast<int>(std::round(options.maxFixedSeconds / options.fixedStepSeconds)) : 0;

    std::optional<DecodeModel> best;
    double bestLoss = std::numeric_limits<double>::infinity();
    std::vector<double> y(samples.size());
    for (int step = 0; step <= steps; ++step) {
        const double fixed = step * options.fixedStepSeconds;
        bool feasible = true;
        for (std::size_t i = 0; i < samples.size(); ++i) {
            const double variable = 1.0 / samples[i].measuredTps - fixed;
            feasible = feasible && variable > 0.0;
            // log of the efficiency this row implies once t_fixed is taken off its time per token
            y[i] = feasible ? std::log(samples[i].bytesPerToken / (samples[i].bandwidthBytes * variable)) : 0.0;
        }
        if (!feasible) {
            break; // a larger t_fixed would leave some row no time to read its bytes
        }
        const DecodeModel model = modelFrom(backfit(samples, y, options, fitKernels), samples, options, fixed);
        double loss = 0.0;
        for (const DecodeSample& s : samples) {
            loss += huberLoss(std::log(s.measuredTps / predictDecodeTps(model, s)), options.huberDelta);
        }
        if (loss < bestLoss) {
            bestLoss = loss;
            best = model;
        }
    }
    return *best;
}

double predictDecodeTps(const DecodeModel& model, const DecodeSample& sample)
{
    const double eta = model.efficiency(sample.family, sample.moe) * model.kernelFactor(sample.kernel);
    return 1.0 / (sample.bytesPerToken / (eta * sample.bandwidthBytes) + model.fixedSeconds);
}

double naiveDecodeTps(const DecodeSample& sample)
{
    return sample.bandwidthBytes / sample.fileBytes;
}

PrefillModel fitPrefill(const std::vector<PrefillSample>& samples)
{
    PrefillModel model;
    std::array<std::vector<double>, kBackendFamilyCount> logs;
    for (const PrefillSample& s : samples) {
        // Achieved share of peak: measured / (FLOPS / (2 x active)) (kipply; sizing-constants.md section 7).
        logs[familyIndex(s.family)].push_back(std::log(s.measuredTps * 2.0 * s.activeParams / s.flops));
    }
    for (std::size_t f = 0; f < kBackendFamilyCount; ++f) {
        model.rows[f] = static_cast<int>(logs[f].size());
        model.logEfficiency[f] = logs[f].empty() ? 0.0 : median(logs[f]);
    }
    return model;
}

std::optional<double> predictPrefillTps(const PrefillModel& model, const PrefillSample& sample)
{
    const std::size_t f = familyIndex(sample.family);
    if (model.rows[f] == 0) {
        return std::nullopt;
    }
    return std::exp(model.logEfficiency[f]) * sample.flops / (2.0 * sample.activeParams);
}

} // namespace localrig::core
