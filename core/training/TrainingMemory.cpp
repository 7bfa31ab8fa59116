// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingMemory.h"

#include "core/Validation.h"

namespace localrig::core {

namespace {

// NF4 stores 4 bits per weight (QLoRA, Dettmers et al. 2023, section 3 "4-bit NormalFloat").
constexpr double kNf4Bits = 4.0;
// Double quantization: 8/64 + 32/(64 x 256) = 0.127 bits per parameter of constants (QLoRA section 3).
constexpr double kNf4ConstantBits = 8.0 / 64.0 + 32.0 / (64.0 * 256.0);
// AdamW keeps two fp32 moments: 8 bytes per parameter (HF Transformers "Model memory anatomy").
constexpr double kAdamWBytes = 8.0;
// bitsandbytes 8-bit AdamW: 2 bytes per parameter (same page; Dettmers et al. 2021, 8-bit optimizers).
constexpr double kAdamW8bitBytes = 2.0;
// SGD with momentum keeps one fp32 state: 4 bytes per parameter (same page).
constexpr double kSgdBytes = 4.0;
// Mixed precision keeps an fp32 copy of each trained weight: 4 bytes (ZeRO, Rajbhandari et al. 2020, 3.1).
constexpr double kMasterWeightBytes = 4.0;
// Per layer, 16-bit activations: s*b*h*(34 + 5*a*s/h) bytes (Korthikanti et al. 2022, eq. 1).
constexpr double kActivationBytesPerToken = 34.0; // x h: linear, norm, GELU inputs and dropout masks
constexpr double kAttentionScoreBytes = 5.0; // x a x s: softmax input/output and its dropout mask
// Full recomputation keeps each layer's 16-bit input: 2*s*b*h per layer (Korthikanti et al. 2022, 4.2).
constexpr double kCheckpointBytesPerToken = 2.0;
// Logits: bf16 lm_head output 2 B + fp32 copy kept for cross-entropy 4 B (Korthikanti et al. 2022, 4.1:
// "4sbv") + its fp32 gradient in backward 4 B = 10 bytes per token per vocabulary entry.
constexpr double kLogitBytes = 2.0 + 4.0 + 4.0;

constexpr double kMaxParams = 1e14;
constexpr long long kMaxDimension = 1LL << 20; // 1 M: past any hidden size, vocabulary or MLP width
constexpr long long kMaxLayers = 4096;
constexpr long long kMaxHeads = 16384;
constexpr long long kMaxRank = 65536;
constexpr long long kMaxBatch = 65536;
constexpr long long kMaxSequence = 1LL << 24; // 16 M tokens
constexpr double kMaxOverheadBytes = 1e12; // 1 TB

Result<TrainingShape> validatedShape(const TrainingShape& shape)
{
    BOOST_OUTCOME_TRYV(requireIntInRange(shape.layers, "layers", 1, kMaxLayers));
    BOOST_OUTCOME_TRYV(requireIntInRange(shape.hiddenSize, "hidden size", 1, kMaxDimension));
    BOOST_OUTCOME_TRYV(requireIntInRange(shape.intermediateSize, "intermediate size", 1, kMaxDimension));
    BOOST_OUTCOME_TRYV(requireIntInRange(shape.attentionHeads, "attention heads", 1, kMaxHeads));
    BOOST_OUTCOME_TRYV(requireIntInRange(shape.kvHeads, "KV heads", 1, shape.attentionHeads));
    BOOST_OUTCOME_TRYV(requireIntInRange(shape.headDim, "head dim", 1, kMaxDimension));
    BOOST_OUTCOME_TRYV(requireIntInRange(shape.vocabSize, "vocabulary size", 1, kMaxDimension * 16));
    return shape;
}

double moduleLoraParams(int rank, double in, double out)
{
    // LoRA adds A (rank x in) and B (out x rank) beside each adapted matrix (Hu et al. 2021, section 4.1).
    return rank * (in + out);
}

} // namespace

double embeddingParams(const TrainingShape& shape)
{
    const double matrix = static_cast<double>(shape.vocabSize) * shape.hiddenSize; // vocab x hidden
    return shape.tiedEmbeddings ? matrix : 2.0 * matrix; // input embedding + output layer (lm_head)
}

double loraAdapterParams(const TrainingShape& shape, int rank, unsigned targets)
{
    const double h = shape.hiddenSize;
    const double q = static_cast<double>(shape.attentionHeads) * shape.headDim; // query width
    const double kv = static_cast<double>(shape.kvHeads) * shape.headDim; // key and value width (GQA)
    const double mlp = shape.intermediateSize;
    double perLayer = 0.0;
    perLayer += (targets & LoraQ) != 0U ? moduleLoraParams(rank, h, q) : 0.0; // q_proj: h -> heads x head_dim
    perLayer += (targets & LoraK) != 0U ? moduleLoraParams(rank, h, kv) : 0.0; // k_proj: h -> kv x head_dim
    perLayer += (targets & LoraV) != 0U ? moduleLoraParams(rank, h, kv) : 0.0; // v_proj: h -> kv x head_dim
    perLayer += (targets & LoraO) != 0U ? moduleLoraParams(rank, q, h) : 0.0; // o_proj: heads x head_dim -> h
    perLayer += (targets & LoraGate) != 0U ? moduleLoraParams(rank, h, mlp) : 0.0; // gate_proj: h -> I
    perLayer += (targets & LoraUp) != 0U ? moduleLoraParams(rank, h, mlp) : 0.0; // up_proj: h -> I
    perLayer += (targets & LoraDown) != 0U ? moduleLoraParams(rank, mlp, h) : 0.0; // down_proj: I -> h
    return perLayer * shape.layers;
}

double bytesPerWeight(WeightPrecision precision)
{
    switch (precision) {
    case WeightPrecision::Fp32:
        return 4.0;
    case WeightPrecision::Bf16:
        return 2.0;
    case WeightPrecision::Nf4:
        return (kNf4Bits + kNf4ConstantBits) / 8.0; // 4.127 bits
    }
    return 2.0;
}

double optimizerBytesPerParam(OptimizerKind optimizer)
{
    switch (optimizer) {
    case OptimizerKind::AdamW:
        return kAdamWBytes;
    case OptimizerKind::AdamW8bit:
        return kAdamW8bitBytes;
    case OptimizerKind::Sgd:
        return kSgdBytes;
    }
    return kAdamWBytes;
}

double activationBytesPerLayer(const TrainingShape& shape, int microBatch, int sequenceLength, bool flashAttention)
{
    const double sbh = static_cast<double>(sequenceLength) * microBatch * shape.hiddenSize;
    // FlashAttention never materialises the a x s x s scores, which removes the 5as/h term (Dao et al. 2022).
    const double scores = flashAttention
        ? 0.0
        : kAttentionScoreBytes * shape.attentionHeads * sequenceLength / static_cast<double>(shape.hiddenSize);
    return sbh * (kActivationBytesPerToken + scores);
}

double logitBytes(const TrainingShape& shape, int microBatch, int sequenceLength)
{
    return kLogitBytes * static_cast<double>(microBatch) * sequenceLength * shape.vocabSize;
}

WeightPrecision effectiveBasePrecision(const TrainingRequest& request)
{
    if (request.basePrecision) {
        return *request.basePrecision;
    }
    return request.method == TrainingMethod::Qlora ? WeightPrecision::Nf4 : WeightPrecision::Bf16;
}

Result<TrainingRequest> validated(const TrainingRequest& request)
{
    BOOST_OUTCOME_TRYV(requirePositive(request.totalParams, "total parameters", kMaxParams));
    BOOST_OUTCOME_TRYV(validatedShape(request.shape));
    if (embeddingParams(request.shape) >= request.totalParams) {
        return makeError(ErrorCode::OutOfRange, "total parameters do not exceed the embedding matrices");
    }
    const bool nf4 = effectiveBasePrecision(request) == WeightPrecision::Nf4;
    if (nf4 != (request.method == TrainingMethod::Qlora)) {
        return makeError(ErrorCode::InvalidInput, "base precision: NF4 goes with QLoRA and only with QLoRA");
    }
    if (request.method != TrainingMethod::Full) {
        BOOST_OUTCOME_TRYV(requireIntInRange(request.loraRank, "LoRA rank", 1, kMaxRank));
        if ((request.loraTargets & kLoraAllLinear) == 0U || (request.loraTargets & ~kLoraAllLinear) != 0U) {
            return makeError(ErrorCode::InvalidInput, "LoRA targets: none of q, k, v, o, gate, up, down");
        }
        if (request.adapterPrecision == WeightPrecision::Nf4) {
            return makeError(ErrorCode::InvalidInput, "adapter precision: adapters train in fp32 or bf16");
        }
    }
    BOOST_OUTCOME_TRYV(requireIntInRange(request.microBatch, "micro-batch", 1, kMaxBatch));
    BOOST_OUTCOME_TRYV(requireIntInRange(request.sequenceLength, "sequence length", 1, kMaxSequence));
    BOOST_OUTCOME_TRYV(requireNonNegative(request.frameworkOverheadBytes, "framework overhead", kMaxOverheadBytes));
    return request;
}

Result<TrainingMemory> estimateTrainingMemory(const TrainingRequest& request)
{
    BOOST_OUTCOME_TRYV(validated(request));
    const TrainingShape& shape = request.shape;
    const WeightPrecision base = effectiveBasePrecision(request);
    TrainingMemory memory;
    if (request.method == TrainingMethod::Full) {
        memory.trainableParams = request.totalParams;
        memory.weightsBytes = request.totalParams * bytesPerWeight(base);
        // Gradients in the weights' precision: 2 bytes (ZeRO 3.1: "2Ψ") or 4 for fp32 training (HF anatomy).
        memory.gradientBytes = request.totalParams * bytesPerWeight(base);
        const bool keepsMaster = request.fp32MasterWeights && base == WeightPrecision::Bf16;
        memory.masterWeightsBytes = keepsMaster ? request.totalParams * kMasterWeightBytes : 0.0;
    } else {
        memory.trainableParams = loraAdapterParams(shape, request.loraRank, request.loraTargets);
        if (base == WeightPrecision::Nf4) {
            // bitsandbytes quantizes the Linear layers only: embeddings and lm_head stay bf16 (QLoRA; the
            // transformers bnb integration skips the output layer).
            const double embeddings = embeddingParams(shape);
            memory.weightsBytes = (request.totalParams - embeddings) * bytesPerWeight(WeightPrecision::Nf4)
                + embeddings * bytesPerWeight(WeightPrecision::Bf16);
        } else {
            memory.weightsBytes = request.totalParams * bytesPerWeight(base); // frozen, no gradient
        }
        memory.adapterBytes = memory.trainableParams * bytesPerWeight(request.adapterPrecision);
        memory.gradientBytes = memory.trainableParams * bytesPerWeight(request.adapterPrecision);
    }
    memory.optimizerBytes = memory.trainableParams * optimizerBytesPerParam(request.optimizer);

    // Korthikanti's bytes are for 16-bit activations; a model run in fp32 stores them at twice the size.
    const double activationScale = base == WeightPrecision::Fp32 ? 2.0 : 1.0;
    const double oneLayer
        = activationBytesPerLayer(shape, request.microBatch, request.sequenceLength, request.flashAttention);
    double layers = 0.0;
    if (request.gradientCheckpointing) {
        // Checkpoints of every layer plus one layer's full activations while it is recomputed.
        const double sbh = static_cast<double>(request.sequenceLength) * request.microBatch * shape.hiddenSize;
        layers = shape.layers * kCheckpointBytesPerToken * sbh + oneLayer;
    } else {
        layers = shape.layers * oneLayer;
    }
    memory.activationBytes = layers * activationScale + logitBytes(shape, request.microBatch, request.sequenceLength);
    memory.overheadBytes = request.frameworkOverheadBytes; // kTrainingFrameworkOverheadBytes unless overridden
    memory.totalBytes = memory.weightsBytes + memory.adapterBytes + memory.gradientBytes + memory.masterWeightsBytes
        + memory.optimizerBytes + memory.activationBytes + memory.overheadBytes;
    // Paged optimizers move their state to host RAM when the GPU runs short (QLoRA section 3).
    memory.deviceBytesWhenPaged = memory.totalBytes - (request.pagedOptimizer ? memory.optimizerBytes : 0.0);
    return memory;
}

Result<TrainingShape> trainingShapeFrom(const ModelSpec& model, int hiddenSize, int intermediateSize, int vocabSize,
                                        bool tiedEmbeddings)
{
    if (model.kvGroups.empty()) {
        return makeError(ErrorCode::InvalidInput, "model " + model.id + " has no attention layers to train");
    }
    TrainingShape shape;
    for (const KvLayerGroup& group : model.kvGroups) {
        shape.layers += group.layers;
    }
    shape.hiddenSize = hiddenSize;
    shape.intermediateSize = intermediateSize;
    shape.attentionHeads = model.attentionHeads;
    shape.kvHeads = model.kvGroups.front().kvHeads;
    shape.headDim = model.kvGroups.front().headDim;
    shape.vocabSize = vocabSize;
    shape.tiedEmbeddings = tiedEmbeddings;
    return validatedShape(shape);
}

} // namespace localrig::core
