// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeasurementCsv.h"
#include "ModelSpec.h"
#include "Result.h"
#include "SpeedCalibration.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

// Fitting the speed model to measurements (issues 7 and 16). The model is the one estimateSpeed() uses:
//   t_token = (weight bytes + kv x KV bytes) / (eta x bandwidth) + layers x t_layer + t_fixed
//             + c x 2 x active / FP16 FLOPS (the dequantising matrix-vector work, a compute floor)
//   eta = exp(global + backend family + MoE), each group's effect shrunk toward 0 (the global value); kernel
//   factors stay 1 (a candidate form with them did no better by cross-validation)
//   weight bytes = file bytes x active / total; KV bytes = the f16 cache read at the row's depth
// and prefill: t = (2 x active + a x attention at depth) / (eta_p(backend family) x FP16 FLOPS) + weights / (ubatch x
// bandwidth) - every weight is read once per micro-batch of the prompt (CalibrationPrefill.cpp).
namespace localrig::core {

inline constexpr std::size_t kQuantKernelCount = 7;

// A measurement reduced to what the decode model needs.
struct DecodeSample
{
    int line = 0;
    std::string hardwareKey;
    std::string modelFamily; // for leave-one-family-out (see modelFamily())
    std::string label; // "hardware | model | quant | backend" for reports
    BackendFamily family = BackendFamily::Cuda;
    bool moe = false;
    QuantKernel kernel = QuantKernel::KQuant;
    double weightBytes = 0.0; // active weights read per token
    double kvBytes = 0.0; // KV cache read per token at the row's depth
    double bytesPerToken = 0.0; // weightBytes + kvBytes
    int layers = kDefaultLayers; // transformer layers (kernel launches scale with them)
    int linearBlocks = 0; // of `layers`, the linear-attention (Gated DeltaNet) blocks of a hybrid
    int depth = 0; // KV depth of the measurement, tokens
    double fileBytes = 0.0; // the whole file, for the naive baseline
    double bandwidthBytes = 0.0; // bytes/s
    double measuredTps = 0.0;
    double flops = 0.0; // dense FP16 matrix FLOP/s; 0 = not sourced (no compute term)
    double activeParams = 0.0;
    bool multiGpu = false; // "2x ..." rows: the model split across cards
    // Expert offload (llama.cpp --n-cpu-moe N, issue 17): validation only, never fitted (fitDecode drops them).
    bool expertOffload = false;
    double systemBytes = 0.0; // of weightBytes, the active expert bytes of the N offloaded layers (system RAM)
    double systemBandwidthBytes = 0.0; // the host's system RAM, bytes/s
};

struct PrefillSample
{
    int line = 0;
    std::string hardwareKey;
    std::string modelFamily;
    std::string label;
    BackendFamily family = BackendFamily::Cuda;
    double flops = 0.0; // dense FP16 matrix FLOP/s (core/calibration/hardware-flops.csv)
    double activeParams = 0.0;
    double flopsPerToken = 0.0; // 2 x active + attention at the row's depth
    double measuredTps = 0.0;
    bool moe = false;
    double attentionFlops = 0.0; // the attention part of flopsPerToken
    double streamSeconds = 0.0; // file bytes / (micro-batch x bandwidth): weights read once per micro-batch
    bool multiGpu = false; // "2x ..." rows: layer split, each card computes its share of the layers in turn
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

// Which terms a decode model has; the candidates `localrig validate --forms` compares.
struct DecodeForm
{
    std::string name = "+ backend + MoE (shrunk)";
    bool perLayerTime = true; // layers x t_layer (kernel launches) rather than ...
    bool fixedTime = false; // ... one t_fixed per token
    bool kvFactor = true; // KV bytes weighted by a fitted factor (attention reads less efficiently than weights)
    bool backendEffects = true; // an efficiency per backend family
    bool moeEffect = true; // one MoE factor for every backend
    bool cellEffects = false; // an efficiency per backend family x dense/MoE (the issue-7 structure)
    bool kernelEffects = false; // a factor per dequantization kernel (K-quants = 1)
    double shrinkRows = 3.0; // effect = sum of residuals / (rows + shrinkRows): a group of 3 rows keeps half
    // c in c x 2 x active / FLOPS per token (compute floor of low-FLOPS devices, issue 16); 0 = no such term. Fixed
    // per form: chosen by cross-validation (--forms), since a value fitted inside each fold did worse there.
    double computeFactor = 0.0;
    // A linear-attention block costs lambda x t_layer (lambda on a grid): DeltaNet blocks run more kernels.
    bool linearBlockFactor = false;

    static DecodeForm chosen(); // the shipped form (issue 16)
    static DecodeForm globalConstant(); // tokens/s = c x bandwidth / bytes per token: the baseline
    static std::vector<DecodeForm> candidates(); // every form the comparison reports
};

struct DecodeFitOptions
{
    DecodeForm form = DecodeForm::chosen();
    double huberDelta = 0.1; // residuals beyond 10 % (in log) count linearly, so one broken row cannot pull a cell
    double maxLayerSeconds = 200e-6; // t_layer is searched on [0, 200 us] ...
    double layerStepSeconds = 4e-6; // ... in 4 us steps
    double maxFixedSeconds = 0.006; // t_fixed on [0, 6 ms] ...
    double fixedStepSeconds = 2e-4; // ... in 0.2 ms steps
    std::vector<double> kvFactors{1.0, 1.25, 1.5, 2.0}; // searched when the form has a KV factor
    std::vector<double> linearBlockFactors{1.0, 1.5, 2.0, 3.0, 4.0, 6.0}; // when the form has lambda
    int iterations = 20; // backfitting passes
};

// Log-space effects: eta = exp(global + backend + moe + cell + kernel); absent groups contribute 0.
struct DecodeModel
{
    double logGlobal = 0.0;
    std::array<double, kBackendFamilyCount> logBackend{};
    std::array<int, kBackendFamilyCount> backendRows{};
    double logMoe = 0.0;
    int moeRows = 0;
    std::array<std::array<double, 2>, kBackendFamilyCount> logCell{};
    std::array<std::array<int, 2>, kBackendFamilyCount> rows{}; // rows per family x dense/MoE
    std::array<double, kQuantKernelCount> logKernel{};
    std::array<int, kQuantKernelCount> kernelRows{};
    double layerSeconds = 0.0;
    double fixedSeconds = 0.0;
    double kvFactor = 1.0;
    double linearBlockFactor = 1.0; // lambda: a linear-attention block's launch time in t_layer
    double computeFactor = 0.0; // c: decode reaches 1/c of the FP16 matrix FLOPS

    double efficiency(BackendFamily family, bool moe) const;
    double kernelFactor(QuantKernel kernel) const;
    // Writes this model's efficiency and overhead terms for one cell into `cell` (bands and rows untouched).
    void applyTo(DecodeCalibration& cell, BackendFamily family, bool moe) const;
};

Result<DecodeModel> fitDecode(const std::vector<DecodeSample>& samples, const DecodeFitOptions& options = {});
double predictDecodeTps(const DecodeModel& model, const DecodeSample& sample);
// Bandwidth / file size, no efficiency: what a naive calculator prints.
double naiveDecodeTps(const DecodeSample& sample);

// "2x NVIDIA RTX 3090": a count, an x and a space before the card (layer split over several cards).
bool isMultiGpu(std::string_view hardware);
// Bytes one token reads from the routed experts of `cpuMoeLayers` of the layout's layers (--n-cpu-moe N): the active
// routed parameters, active - shared with experts = (total - active) / (1 - k/E) (ExpertOffload.cpp), at 4.25 bits for
// MXFP4 (OCP MX spec) else at the file's mean bytes per parameter, times min(N, layers) / layers. Without routing
// k/E = active / total (as ExpertOffload.cpp): every active byte is an expert byte.
double offloadedExpertBytes(const ModelLayout* layout, double fileBytes, double totalParams, double activeParams,
                            QuantKernel kernel, int cpuMoeLayers);
// The rows fitDecode() fits on: every row but the expert-offload ones (validation only, issue 17).
std::vector<DecodeSample> fittedSamples(const std::vector<DecodeSample>& samples);
// Seconds a token spends on the experts in system RAM: systemBytes / (eta_cpu x kernel factor x system bandwidth),
// eta_cpu the CPU efficiency estimateSpeed() reads the system pool at (fitted, or the sizing default while no CPU row
// is fitted); 0 for other rows.
double systemPoolSeconds(const DecodeModel& model, const DecodeSample& sample);

struct PrefillModel
{
    double attentionFactor = 1.0; // attention FLOPs cost this many matrix FLOPs: every row (fitted on a grid)
    // Per family: flash-attention kernels differ by backend; a family's grid choice, shrunk toward the global one in
    // log by deepRows / (deepRows + kAttentionShrinkRows); families without rows at depth keep the global factor.
    std::array<double, kBackendFamilyCount> familyAttentionFactor{1.0, 1.0, 1.0, 1.0};
    std::array<int, kBackendFamilyCount> deepRows{};
    bool streamWeights = false; // the per-micro-batch weight read is part of the form (chosen in the fit)
    double logGlobal = 0.0; // median over every row (dense-equivalent)
    std::array<double, kBackendFamilyCount> logEfficiency{}; // per family, shrunk toward the global median
    std::array<int, kBackendFamilyCount> rows{};
    int totalRows = 0;
    double logMoe = 0.0; // MoE prefill keeps a smaller share: each expert sees a fraction of the batch
    int moeRows = 0;

    double efficiency(BackendFamily family, bool moe) const;
    double attention(BackendFamily family) const;
};

// A row is "at depth" for the attention factor when attention is at least this share of its FLOPs (about 4K
// tokens of context for an 8B model), and a family's own factor counts as much as this many such rows.
inline constexpr double kDeepAttentionShare = 0.1;
inline constexpr double kAttentionShrinkRows = 2.0;

// log eta_p = family + MoE. Family = global + rows / (rows + shrinkRows) x (family median - global); MoE = the
// median of what MoE rows keep of their family's value. Alternated a few times (backfitting with medians). The
// attention factor (grid `attentionFactors`) and the weight-streaming term (with or without) are chosen by the sum
// of absolute log residuals on the rows given; then each family with rows at depth chooses its own factor on the
// grid by its rows' residuals, shrunk toward the global factor (PrefillModel::familyAttentionFactor).
PrefillModel fitPrefill(const std::vector<PrefillSample>& samples, double shrinkRows = 0.5,
                        const std::vector<double>& attentionFactors = {1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0});
// Seconds per prompt token: (2 x active + a x attention) / (eta_p x FLOPS) + streamed weights (kipply; issue 16).
double prefillSecondsPerToken(double efficiency, double attentionFactor, const PrefillSample& sample,
                              bool streamWeights);
// Empty only when no row at all was fitted; a family without rows takes the global value.
std::optional<double> predictPrefillTps(const PrefillModel& model, const PrefillSample& sample);

} // namespace localrig::core
