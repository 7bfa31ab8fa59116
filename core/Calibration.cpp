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

constexpr double kDefaultEfficiency = 0.6; // sizing-constants.md section 5, when nothing at all was fitted

std::size_t familyIndex(BackendFamily family)
{
    return static_cast<std::size_t>(family);
}

std::size_t kernelIndex(QuantKernel kernel)
{
    return static_cast<std::size_t>(kernel);
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

// The log-efficiency a model gives a row (every effect its form has; absent ones are 0).
double logEta(const DecodeModel& m, const DecodeSample& s)
{
    const std::size_t f = familyIndex(s.family);
    return m.logGlobal + m.logBackend[f] + (s.moe ? m.logMoe : 0.0) + m.logCell[f][s.moe ? 1 : 0]
        + m.logKernel[kernelIndex(s.kernel)];
}

// One shrunk group effect: sum of weighted residuals / (sum of weights + shrinkRows) (ridge toward 0).
template <std::size_t N, class KeyOf>
void updateEffect(std::array<double, N>& effect, const std::vector<DecodeSample>& samples, const std::vector<double>& y,
                  const std::vector<double>& weight, DecodeModel& m, double shrinkRows, KeyOf keyOf)
{
    std::array<double, N> num{};
    std::array<double, N> den{};
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const std::optional<std::size_t> key = keyOf(samples[i]);
        if (key) {
            num[*key] += weight[i] * (y[i] - logEta(m, samples[i]) + effect[*key]);
            den[*key] += weight[i];
        }
    }
    for (std::size_t k = 0; k < N; ++k) {
        effect[k] = den[k] > 0.0 ? num[k] / (den[k] + shrinkRows) : 0.0;
    }
}

// Backfitting of y = global + effects with Huber weights (Hastie & Tibshirani's backfitting, one pass per group).
void backfit(DecodeModel& m, const std::vector<DecodeSample>& samples, const std::vector<double>& y,
             const DecodeFitOptions& options)
{
    const DecodeForm& form = options.form;
    std::vector<double> weight(samples.size(), 1.0);
    std::array<double, 1> moe{};
    std::array<double, kBackendFamilyCount * 2> cell{};
    for (int pass = 0; pass < options.iterations; ++pass) {
        double num = 0.0;
        double den = 0.0;
        for (std::size_t i = 0; i < samples.size(); ++i) {
            num += weight[i] * (y[i] - logEta(m, samples[i]) + m.logGlobal);
            den += weight[i];
        }
        m.logGlobal = num / den;
        if (form.backendEffects) {
            updateEffect(m.logBackend, samples, y, weight, m, form.shrinkRows,
                         [](const DecodeSample& s) { return std::optional<std::size_t>(familyIndex(s.family)); });
        }
        if (form.moeEffect) {
            moe[0] = m.logMoe;
            updateEffect(moe, samples, y, weight, m, form.shrinkRows,
                         [](const DecodeSample& s) { return s.moe ? std::optional<std::size_t>(0) : std::nullopt; });
            m.logMoe = moe[0];
        }
        if (form.cellEffects) {
            for (std::size_t f = 0; f < kBackendFamilyCount; ++f) {
                cell[f * 2] = m.logCell[f][0];
                cell[f * 2 + 1] = m.logCell[f][1];
            }
            updateEffect(cell, samples, y, weight, m, form.shrinkRows, [](const DecodeSample& s) {
                return std::optional<std::size_t>(familyIndex(s.family) * 2 + (s.moe ? 1 : 0));
            });
            for (std::size_t f = 0; f < kBackendFamilyCount; ++f) {
                m.logCell[f] = {cell[f * 2], cell[f * 2 + 1]};
            }
        }
        if (form.kernelEffects) {
            // K-quants are the reference kernel (factor 1).
            updateEffect(m.logKernel, samples, y, weight, m, form.shrinkRows, [](const DecodeSample& s) {
                return s.kernel == QuantKernel::KQuant ? std::nullopt
                                                       : std::optional<std::size_t>(kernelIndex(s.kernel));
            });
        }
        for (std::size_t i = 0; i < samples.size(); ++i) {
            const double r = std::abs(y[i] - logEta(m, samples[i]));
            weight[i] = (options.huberDelta <= 0.0 || r <= options.huberDelta) ? 1.0 : options.huberDelta / r;
        }
    }
}

// c x 2 x active / FLOPS: the matrix-vector work of one token at 1/c of the FP16 matrix rate (kipply: 2 FLOPs per
// parameter); 0 where no FLOPS figure is sourced.
double computeSeconds(double factor, const DecodeSample& s)
{
    return s.flops > 0.0 ? factor * 2.0 * s.activeParams / s.flops : 0.0;
}

std::vector<double> grid(bool enabled, double maxValue, double step)
{
    std::vector<double> values{0.0};
    const int steps = enabled && step > 0.0 ? static_cast<int>(std::round(maxValue / step)) : 0;
    for (int i = 1; i <= steps; ++i) {
        values.push_back(i * step);
    }
    return values;
}

} // namespace

CalibrationSamples samplesFrom(const std::vector<Measurement>& rows, const ReferenceTables& tables)
{
    CalibrationSamples out;
    for (const Measurement& row : rows) {
        const std::string label = row.origin + ":" + std::to_string(row.line) + " " + row.hardware + " | " + row.model
            + " | " + row.quant + " | d=" + std::to_string(row.contextTokens);
        const ModelLayout* layout = tables.layout(row.model);
        if (row.decodeTps) {
            if (!row.bandwidthGBs) {
                out.skipped.push_back({row.line, "decode: no bandwidth_gbs (" + label + ")"});
            } else if (!row.fileGiB) {
                out.skipped.push_back({row.line, "decode: no file_gib (" + label + ")"});
            } else if (row.expertOffload() && !row.systemBandwidthGBs) {
                out.skipped.push_back({row.line, "decode: n_cpu_moe without system_bandwidth_gbs (" + label + ")"});
            } else {
                if (layout == nullptr) {
                    out.skipped.push_back(
                        {row.line, "note: no KV layout for '" + row.model + "', KV read taken as 0, 32 layers"});
                }
                DecodeSample s;
                s.line = row.line;
                s.hardwareKey = row.hardwareKey;
                s.modelFamily = modelFamily(row.model);
                s.label = label;
                s.family = familyOf(row.backend);
                s.moe = row.isMixtureOfExperts();
                s.kernel = row.kernel;
                s.fileBytes = gibToBytes(*row.fileGiB);
                // Same physics as estimateSpeed(): MoE reads the active share of the file, plus the KV cache.
                s.weightBytes = layout != nullptr
                    ? layout->activeWeightBytes(s.fileBytes, row.totalParams, row.activeParams, row.kernel)
                    : s.fileBytes * row.activeParams / row.totalParams;
                s.kvBytes = kvBytesAt(layout, row.contextTokens);
                s.depth = row.contextTokens;
                s.bytesPerToken = s.weightBytes + s.kvBytes;
                s.layers = layout != nullptr && layout->blockCount() > 0 ? layout->blockCount() : kDefaultLayers;
                s.linearBlocks = layout != nullptr ? layout->blockCount() - layout->layers() : 0;
                s.bandwidthBytes = gbToBytes(*row.bandwidthGBs);
                s.measuredTps = *row.decodeTps;
                s.activeParams = row.activeParams;
                s.multiGpu = isMultiGpu(row.hardware);
                s.expertOffload = row.expertOffload();
                s.systemBytes = s.expertOffload ? offloadedExpertBytes(layout, s.fileBytes, row.totalParams,
                                                                       row.activeParams, row.kernel, *row.cpuMoeLayers)
                                                : 0.0;
                s.systemBandwidthBytes = gbToBytes(row.systemBandwidthGBs.value_or(0.0));
                s.flops = tables.fp16Tflops(row.hardwareKey).value_or(0.0) * kFlopsPerTflop;
                out.decode.push_back(std::move(s));
            }
        }
        if (row.prefillTps && !row.expertOffload()) { // offload prefill streams experts over PCIe: not modelled
            if (const auto tflops = tables.fp16Tflops(row.hardwareKey)) {
                const double attention = layout != nullptr ? layout->attentionFlopsPerToken(row.contextTokens) : 0.0;
                PrefillSample p{row.line,
                                row.hardwareKey,
                                modelFamily(row.model),
                                label,
                                familyOf(row.backend),
                                *tflops * kFlopsPerTflop,
                                row.activeParams,
                                2.0 * row.activeParams + attention,
                                *row.prefillTps,
                                row.isMixtureOfExperts()};
                p.attentionFlops = attention;
                p.multiGpu = isMultiGpu(row.hardware);
                if (row.fileGiB && row.bandwidthGBs) {
                    // Every weight (all experts) is read once per micro-batch of the prompt (llama.cpp ubatch).
                    p.streamSeconds = gibToBytes(*row.fileGiB) / (row.microBatch * gbToBytes(*row.bandwidthGBs));
                }
                out.prefill.push_back(std::move(p));
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
    const bool anyRows = backendRows[f] > 0 || rows[f][0] + rows[f][1] > 0;
    if (!anyRows && logGlobal == 0.0) {
        return kDefaultEfficiency;
    }
    // A family without rows has effect 0: the global efficiency (shrinkage toward the global value).
    return std::exp(logGlobal + logBackend[f] + (moe ? logMoe : 0.0) + logCell[f][moe ? 1 : 0]);
}

void DecodeModel::applyTo(DecodeCalibration& cell, BackendFamily family, bool moe) const
{
    cell.efficiency = efficiency(family, moe);
    cell.fixedSecondsPerToken = fixedSeconds;
    cell.secondsPerLayer = layerSeconds;
    cell.kvFactor = kvFactor;
    cell.computeFactor = computeFactor;
    cell.linearBlockFactor = linearBlockFactor;
}

double DecodeModel::kernelFactor(QuantKernel kernel) const
{
    return std::exp(logKernel[kernelIndex(kernel)]);
}

Result<DecodeModel> fitDecode(const std::vector<DecodeSample>& allSamples, const DecodeFitOptions& options)
{
    const std::vector<DecodeSample> samples = fittedSamples(allSamples); // expert-offload rows: validation only
    if (samples.empty()) {
        return makeError(ErrorCode::InvalidInput, "no decode rows to fit (rows need tg, bandwidth and file size)");
    }
    const DecodeForm& form = options.form;
    const std::vector<double> kvFactors = form.kvFactor ? options.kvFactors : std::vector<double>{1.0};
    std::optional<DecodeModel> best;
    double bestLoss = std::numeric_limits<double>::infinity();
    std::vector<double> y(samples.size());
    const double compute = form.computeFactor;
    const std::vector<double> lambdas = form.linearBlockFactor ? options.linearBlockFactors : std::vector<double>{1.0};
    for (double lambda : lambdas) {
        for (double kv : kvFactors) {
            for (double fixed : grid(form.fixedTime, options.maxFixedSeconds, options.fixedStepSeconds)) {
                for (double perLayer : grid(form.perLayerTime, options.maxLayerSeconds, options.layerStepSeconds)) {
                    bool feasible = true;
                    for (std::size_t i = 0; i < samples.size() && feasible; ++i) {
                        const DecodeSample& s = samples[i];
                        const double variable = 1.0 / s.measuredTps - fixed
                            - perLayer * launchLayers(s.layers, s.linearBlocks, lambda) - computeSeconds(compute, s);
                        feasible = variable > 0.0;
                        // log of the efficiency this row implies once the per-token overheads are taken off its time
                        y[i] = feasible ? std::log((s.weightBytes + kv * s.kvBytes) / (s.bandwidthBytes * variable))
                                        : 0.0;
                    }
                    if (!feasible) {
                        break; // a longer t_layer would leave some row no time to read its bytes
                    }
                    DecodeModel model;
                    model.kvFactor = kv;
                    model.linearBlockFactor = lambda;
                    model.fixedSeconds = fixed;
                    model.layerSeconds = perLayer;
                    model.computeFactor = compute;
                    backfit(model, samples, y, options);
                    double loss = 0.0;
                    for (const DecodeSample& s : samples) {
                        loss += huberLoss(std::log(s.measuredTps / predictDecodeTps(model, s)), options.huberDelta);
                    }
                    if (loss < bestLoss) {
                        bestLoss = loss;
                        best = model;
                    }
                }
            }
        }
    }
    if (!best) {
        return makeError(ErrorCode::InvalidInput, "no feasible decode fit (a row is faster than its overheads allow)");
    }
    for (const DecodeSample& s : samples) {
        ++best->rows[familyIndex(s.family)][s.moe ? 1 : 0];
        ++best->backendRows[familyIndex(s.family)];
        best->moeRows += s.moe ? 1 : 0;
        ++best->kernelRows[kernelIndex(s.kernel)];
    }
    return *best;
}

double predictDecodeTps(const DecodeModel& model, const DecodeSample& sample)
{
    const double eta = std::exp(logEta(model, sample));
    // t = (weights + kv x KV) / (eta x BW) + layers x t_layer + t_fixed (sizing-constants.md section 5; issue 16)
    // Expert offload: the experts in system RAM leave the VRAM term for their own (ExpertOffload.h, issue 17).
    const double seconds
        = (sample.weightBytes - sample.systemBytes + model.kvFactor * sample.kvBytes) / (eta * sample.bandwidthBytes)
        + systemPoolSeconds(model, sample)
        + model.layerSeconds * launchLayers(sample.layers, sample.linearBlocks, model.linearBlockFactor)
        + model.fixedSeconds + computeSeconds(model.computeFactor, sample);
    return 1.0 / seconds;
}

double naiveDecodeTps(const DecodeSample& sample)
{
    return sample.bandwidthBytes / sample.fileBytes;
}

} // namespace localrig::core
