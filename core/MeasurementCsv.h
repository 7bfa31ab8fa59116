// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelSpec.h"
#include "Platform.h"
#include "Quantization.h"
#include "Result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace localrig::core {

// llama-bench's default micro-batch (n_ubatch 512, llama.cpp tools/llama-bench README): the prompt is processed
// in passes of this many tokens, each reading every weight once.
inline constexpr int kDefaultMicroBatch = 512;
// "all" in a measurements CSV's n_cpu_moe column (llama.cpp --cpu-moe, or -ot exps=CPU): every MoE layer's routed
// experts in system RAM; taken as the model's layer count where a row is predicted.
inline constexpr int kAllMoeLayers = 1 << 20;

// One row of a measurements CSV in the format of ../shared/validation/measured-public.csv.
struct Measurement
{
    int line = 0; // line in the file, for messages
    std::string hardware; // as the source names it
    std::string hardwareKey; // the chip, for leave-one-hardware-out (see hardwareKey())
    std::optional<double> bandwidthGBs; // per device, decimal GB/s
    Backend backend = Backend::Cuda;
    std::string model;
    double totalParams = 0.0;
    double activeParams = 0.0;
    std::string quant;
    QuantKernel kernel = QuantKernel::Other;
    std::optional<double> fileGiB;
    int contextTokens = 0; // KV depth at which the figure was taken; 0 when not stated
    std::optional<double> prefillTps;
    std::optional<double> decodeTps;
    std::string source;
    int microBatch = kDefaultMicroBatch; // prompt tokens per pass (llama-bench -ub); "n_ubatch=N" in the notes
    std::string origin; // the file the row came from, for reports (set by the caller)
    // Expert offload (optional columns system_bandwidth_gbs, n_cpu_moe; issue 17): llama.cpp --n-cpu-moe N keeps
    // the routed experts of N layers in system RAM, read by the CPU at the system RAM's bandwidth.
    std::optional<double> systemBandwidthGBs; // the host's system RAM, decimal GB/s
    std::optional<int> cpuMoeLayers; // N; kAllMoeLayers for every layer; empty (or 0) = no expert offload

    bool expertOffload() const { return cpuMoeLayers && *cpuMoeLayers > 0; }

    bool isMixtureOfExperts() const { return activeParams < totalParams; }
};

// Strict: the required columns must exist, numbers must be whole numbers of the right sign; an error
// names the line and the column.
Result<std::vector<Measurement>> parseMeasurements(std::string_view csvText);

// The chip a row was measured on: the name without a leading "2x ", parenthesised details and a GPU core
// count, so "2x NVIDIA RTX 3090" and "Apple M1 Max (MacBook Pro)" leave out with their single-card rows.
std::string hardwareKey(std::string_view hardware);
// A model name without parenthesised details, lower case: "Llama 3 8B (llama 8B)" -> "llama 3 8b".
std::string modelKey(std::string_view model);
// The model's family for leave-one-family-out: the first word of modelKey(), plus a version number that
// follows it as its own word (integer part): "Llama 3.3 70B" -> "llama 3", "gpt-oss-20b" -> "gpt",
// "Qwen3-Coder-30B-A3B" -> "qwen3", "LLaMA 13B" -> "llama".
std::string modelFamily(std::string_view model);
// "CUDA", "Metal", "Vulkan (RADV)", "ROCm 6.4.4 (HIP)" -> the backend; case-insensitive prefix.
Result<Backend> parseMeasuredBackend(std::string_view text);
// The dequantization kernel a quantization name implies: MXFP4 -> fp4, Q8_0 -> q8, Qn_K* -> kquant,
// IQn -> iquant, Qn_0/Qn_1 -> legacy4, F16/BF16/F32 -> float16, anything else -> other.
QuantKernel kernelOfQuant(std::string_view quant);

// The KV-cache layout of a measured model (core/calibration/model-kv-layouts.csv).
struct ModelLayout
{
    std::string modelKey;
    std::vector<KvLayerGroup> groups;
    int queryHeads = 0; // attention (query) heads; 0 = not stated, no attention FLOPs
    int experts = 0; // routed experts per layer (MoE); 0 = not stated
    int expertsUsed = 0; // ... of which each token uses this many
    int blocks = 0; // every block a token passes, linear-attention ones too (hybrids); 0 = the KV layers

    int layers() const; // sum over the groups: the layers that cache
    int blockCount() const; // blocks when stated, else layers(): what kernel launches scale with
    // Attention FLOPs per token at `depth` cached tokens: 4 x sum(layers x heads x headDim x min(depth, window))
    // (QK^T and AV, 2 FLOPs per multiply-add; kipply "Transformer Inference Arithmetic").
    double attentionFlopsPerToken(int depth) const;
    // Weight bytes one token reads from a file of `fileBytes`. MXFP4 files hold the routed experts at 4.25 bits
    // (32 4-bit values + one 8-bit scale per block, OCP MX spec) and the rest (attention, router, embeddings) at
    // higher precision. Experts = (total - active) / (1 - k/E), the rest shared, as estimateSpeed() splits them; the
    // rest's bytes per parameter = (file - experts x 4.25 / 8) / shared; a token reads the shared part at that rate
    // and its active experts at 4.25 bits. Any other file, or no routing: file x active / total.
    double activeWeightBytes(double fileBytes, double totalParams, double activeParams, QuantKernel kernel) const;
};

// FP16 tensor TFLOPS of measured hardware (core/calibration/hardware-flops.csv).
struct HardwareFlops
{
    std::string hardwareKey;
    double fp16Tflops = 0.0;
};

struct ReferenceTables
{
    std::vector<ModelLayout> layouts;
    std::vector<HardwareFlops> flops;

    const ModelLayout* layout(std::string_view model) const;
    std::optional<double> fp16Tflops(std::string_view hardwareKeyText) const;
};

Result<ReferenceTables> parseReferenceTables(std::string_view layoutsCsv, std::string_view flopsCsv);
// The tables shipped in core/calibration/, embedded in the library at build time.
const ReferenceTables& shippedReferenceTables();

} // namespace localrig::core
