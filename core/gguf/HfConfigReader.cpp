// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HfConfigReader.h"

#include "ReportToSpec.h"
#include "SafetensorsIndex.h"
#include "StrictJson.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <system_error>

namespace localrig::core::gguf {

namespace {

constexpr std::int64_t kMaxLayers = 10000;
constexpr std::int64_t kMaxWidth = 1LL << 24;
constexpr std::int64_t kMaxHeads = 100000;
constexpr std::int64_t kMaxContext = 1LL << 30;
constexpr std::int64_t kMaxVocab = 1LL << 26;
constexpr double kMaxParams = 100e12; // as ModelSpec

// Bytes per parameter of an unquantized torch dtype; 0 if unknown.
double dtypeBytes(std::string_view dtype)
{
    if (dtype == "bfloat16" || dtype == "float16") {
        return 2.0;
    }
    return dtype == "float32" ? 4.0 : 0.0;
}

} // namespace

HfConfigReader::HfConfigReader(const Json& root)
    : m_root(root)
{
    const Json* text = jsonMember(root, "text_config");
    m_text = text && text->is_object() ? text : nullptr;
}

Result<ModelFileReport> HfConfigReader::read(std::string_view configJson, std::string_view indexJson)
{
    auto root = parseStrictJson(configJson);
    if (!root) {
        return makeError(root.error().code, "config.json: " + root.error().detail);
    }
    if (!root.value().is_object()) {
        return makeError(ErrorCode::InvalidInput, "config.json: the top level must be an object");
    }
    std::optional<SafetensorsIndex> index;
    if (!indexJson.empty()) {
        BOOST_OUTCOME_TRY(parsed, SafetensorsIndex::parse(indexJson));
        index = parsed;
    }
    HfConfigReader reader(root.value());
    return reader.run(index ? &*index : nullptr);
}

Result<ModelFileReport> HfConfigReader::readFile(const std::filesystem::path& configPath)
{
    BOOST_OUTCOME_TRY(config, readTextFile(configPath, kMaxConfigBytes));
    const std::filesystem::path indexPath = configPath.parent_path() / "model.safetensors.index.json";
    std::string index;
    std::error_code ec;
    if (std::filesystem::exists(indexPath, ec)) {
        BOOST_OUTCOME_TRY(text, readTextFile(indexPath, kMaxIndexBytes));
        index = std::move(text);
    }
    return read(config, index);
}

Result<ModelFileReport> HfConfigReader::run(const SafetensorsIndex* index)
{
    m_report.format = "Hugging Face config.json";
    const Json* type = find({"model_type"});
    m_report.architecture = type && type->is_string() ? type->get<std::string>() : std::string();
    const Json* architectures = jsonMember(m_root, "architectures");
    if (architectures && architectures->is_array() && !architectures->empty() && architectures->front().is_string()) {
        m_report.name = architectures->front().get<std::string>();
    }
    if (const Json* path = jsonMember(m_root, "_name_or_path");
        path && path->is_string() && !path->get_ref<const std::string&>().empty()) {
        m_report.name = path->get<std::string>();
    }
    BOOST_OUTCOME_TRYV(readShape());
    BOOST_OUTCOME_TRYV(readExperts());
    BOOST_OUTCOME_TRYV(readLayerKinds());

    const ParamEstimate estimate = estimateParameters(m_shape);
    if (!(estimate.total > 0 && estimate.total <= kMaxParams)) {
        return makeError(ErrorCode::OutOfRange,
                         "config.json: the shapes give " + std::to_string(estimate.total)
                             + " parameters, outside 1 to 1e14");
    }
    m_report.parameters = static_cast<std::uint64_t>(estimate.total);
    m_report.activeParameters = static_cast<std::uint64_t>(estimate.active);
    m_report.parametersEstimated = true;
    if (index) {
        applyIndex(*index);
        if (!m_report.parametersEstimated) {
            const double idle = std::min(estimate.idleExperts, static_cast<double>(m_report.parameters));
            m_report.activeParameters = m_report.parameters - static_cast<std::uint64_t>(idle);
        }
    }
    buildSpec();
    auto spec = validated(m_report.spec);
    if (!spec) {
        return makeError(spec.error().code, "config.json describes an unusable model: " + spec.error().detail);
    }
    m_report.spec = std::move(spec).value();
    return std::move(m_report);
}

Result<void> HfConfigReader::readShape()
{
    BOOST_OUTCOME_TRY(layers, integer({"num_hidden_layers", "n_layer", "num_layers"}, 1, kMaxLayers));
    BOOST_OUTCOME_TRY(hidden, integer({"hidden_size", "n_embd", "d_model"}, 1, kMaxWidth));
    BOOST_OUTCOME_TRY(heads, integer({"num_attention_heads", "n_head"}, 1, kMaxHeads));
    if (!layers || !hidden || !heads) {
        return makeError(ErrorCode::InvalidInput,
                         "config.json: needs num_hidden_layers, hidden_size and "
                         "num_attention_heads (or their aliases)");
    }
    BOOST_OUTCOME_TRY(kvHeads, integer({"num_key_value_heads", "num_kv_heads", "multi_query_group_num"}, 1, kMaxHeads));
    BOOST_OUTCOME_TRY(headDim, integer({"head_dim", "attention_head_dim"}, 1, kMaxWidth));
    BOOST_OUTCOME_TRY(
        context,
        integer({"max_position_embeddings", "n_positions", "max_sequence_length", "seq_length"}, 1, kMaxContext));
    BOOST_OUTCOME_TRY(intermediate, integer({"intermediate_size", "ffn_hidden_size", "n_inner"}, 1, kMaxWidth));
    BOOST_OUTCOME_TRY(vocab, integer({"vocab_size", "padded_vocab_size"}, 1, kMaxVocab));
    m_report.layers = static_cast<int>(*layers);
    m_report.embeddingLength = static_cast<int>(*hidden);
    m_report.attentionHeads = static_cast<int>(*heads);
    m_report.kvHeadsMin = m_report.kvHeadsMax = static_cast<int>(kvHeads.value_or(*heads));
    m_report.keyLength = m_report.valueLength = static_cast<int>(headDim.value_or(*hidden / *heads));
    m_report.contextLength = static_cast<int>(context.value_or(0));
    if (m_report.keyLength <= 0) {
        return makeError(ErrorCode::InvalidInput, "config.json: hidden_size is smaller than num_attention_heads");
    }
    m_shape.layers = static_cast<double>(*layers);
    m_shape.hidden = static_cast<double>(*hidden);
    m_shape.heads = static_cast<double>(*heads);
    m_shape.kvHeads = m_report.kvHeadsMax;
    m_shape.headDim = m_report.keyLength;
    m_shape.intermediate = static_cast<double>(intermediate.value_or(0));
    m_shape.vocab = static_cast<double>(vocab.value_or(0));
    const Json* tied = find({"tie_word_embeddings"});
    m_shape.tiedEmbeddings = tied && tied->is_boolean() && tied->get<bool>();

    BOOST_OUTCOME_TRY(kvLora, integer({"kv_lora_rank"}, 1, kMaxWidth));
    if (kvLora) {
        BOOST_OUTCOME_TRY(rope, integer({"qk_rope_head_dim"}, 1, kMaxWidth));
        BOOST_OUTCOME_TRY(nope, integer({"qk_nope_head_dim"}, 1, kMaxWidth));
        BOOST_OUTCOME_TRY(value, integer({"v_head_dim"}, 1, kMaxWidth));
        BOOST_OUTCOME_TRY(qLora, integer({"q_lora_rank"}, 1, kMaxWidth));
        if (!rope) {
            return makeError(ErrorCode::InvalidInput, "config.json: kv_lora_rank (MLA) needs qk_rope_head_dim");
        }
        m_report.kvLoraRank = static_cast<int>(*kvLora);
        m_report.ropeDim = static_cast<int>(*rope);
        m_shape.kvLoraRank = static_cast<double>(*kvLora);
        m_shape.qkRopeDim = static_cast<double>(*rope);
        m_shape.qkNopeDim = static_cast<double>(nope.value_or(0));
        m_shape.vHeadDim = static_cast<double>(value.value_or(m_report.keyLength));
        m_shape.qLoraRank = static_cast<double>(qLora.value_or(0));
        m_report.keyLength = static_cast<int>(m_shape.qkNopeDim + m_shape.qkRopeDim);
        m_report.valueLength = static_cast<int>(m_shape.vHeadDim);
    }
    const Json* dtype = find({"torch_dtype", "dtype"});
    m_report.fileType = dtype && dtype->is_string() ? dtype->get<std::string>() : std::string();
    const Json* quant = jsonMember(m_root, "quantization_config");
    if (const Json* method = quant ? jsonMember(*quant, "quant_method") : nullptr; method && method->is_string()) {
        m_report.fileType = method->get<std::string>();
    }
    return outcome::success();
}

Result<void> HfConfigReader::readExperts()
{
    BOOST_OUTCOME_TRY(
        experts, integer({"num_local_experts", "num_experts", "n_routed_experts", "moe_num_experts"}, 0, kMaxHeads));
    BOOST_OUTCOME_TRY(
        used, integer({"num_experts_per_tok", "experts_per_token", "moe_topk", "num_selected_experts"}, 0, kMaxHeads));
    BOOST_OUTCOME_TRY(shared, integer({"n_shared_experts", "num_shared_experts"}, 0, kMaxHeads));
    BOOST_OUTCOME_TRY(width, integer({"moe_intermediate_size", "expert_intermediate_size"}, 1, kMaxWidth));
    BOOST_OUTCOME_TRY(sharedWidth, integer({"shared_expert_intermediate_size"}, 0, kMaxWidth));
    BOOST_OUTCOME_TRY(firstDense, integer({"first_k_dense_replace"}, 0, kMaxLayers));
    BOOST_OUTCOME_TRY(step, integer({"decoder_sparse_step"}, 1, kMaxLayers));
    if (experts.value_or(0) == 0) {
        return outcome::success();
    }
    if (used.value_or(0) < 1 || *used > *experts) {
        return makeError(ErrorCode::InvalidInput,
                         "config.json: " + std::to_string(*experts)
                             + " experts need num_experts_per_tok between 1 and that");
    }
    m_report.experts = static_cast<int>(*experts);
    m_report.expertsUsed = static_cast<int>(*used);
    m_shape.experts = static_cast<double>(*experts);
    m_shape.expertsUsed = static_cast<double>(*used);
    m_shape.sharedExperts = static_cast<double>(shared.value_or(0));
    m_shape.moeIntermediate = static_cast<double>(width.value_or(0));
    m_shape.sharedIntermediate = static_cast<double>(sharedWidth.value_or(0));
    m_shape.firstDenseLayers = static_cast<double>(firstDense.value_or(0));
    m_shape.sparseStep = static_cast<double>(step.value_or(1));
    return outcome::success();
}

Result<void> HfConfigReader::readLayerKinds()
{
    const auto layers = static_cast<std::size_t>(m_report.layers);
    m_layerWindow.assign(layers, 0);
    BOOST_OUTCOME_TRY(window, integer({"sliding_window"}, 1, kMaxContext));
    BOOST_OUTCOME_TRY(chunk, integer({"attention_chunk_size"}, 1, kMaxContext));
    const Json* enabled = find({"use_sliding_window"});
    const bool disabled = enabled && enabled->is_boolean() && !enabled->get<bool>();
    const int slide = disabled ? 0 : static_cast<int>(window.value_or(0));
    const Json* types = find({"layer_types"});
    if (types) {
        if (!types->is_array() || types->size() != layers) {
            return makeError(ErrorCode::InvalidInput,
                             "config.json: layer_types must list " + std::to_string(layers)
                                 + " layer kinds, one per layer");
        }
        for (std::size_t i = 0; i < layers; ++i) {
            const std::string kind = (*types)[i].is_string() ? (*types)[i].get<std::string>() : std::string();
            if (kind == "full_attention") {
                m_layerWindow[i] = 0;
            } else if (kind == "sliding_attention" && slide > 0) {
                m_layerWindow[i] = slide;
            } else if (kind == "chunked_attention" && chunk) {
                m_layerWindow[i] = static_cast<int>(*chunk);
            } else if (kind.find("attention") == std::string::npos || kind == "linear_attention") {
                m_layerWindow[i] = -1; // linear attention, Mamba or convolution: a fixed state, no KV cache
            } else {
                return makeError(ErrorCode::InvalidInput,
                                 "config.json: layer_types[" + std::to_string(i) + "] is '" + kind
                                     + "', which LocalRig cannot size");
            }
        }
        m_report.notes.emplace_back("layer kinds from layer_types");
    } else if (slide > 0) {
        BOOST_OUTCOME_TRY(period, integer({"sliding_window_pattern"}, 1, kMaxLayers));
        for (std::size_t i = 0; i < layers; ++i) {
            const auto p = static_cast<std::size_t>(period.value_or(0));
            m_layerWindow[i] = !period || i % p < p - 1 ? slide : 0;
        }
        m_report.notes.emplace_back(period ? "sliding-window layers from sliding_window_pattern"
                                           : "sliding_window without a pattern: every layer assumed to slide");
    }
    m_report.slidingWindow = slide > 0 ? slide : static_cast<int>(chunk.value_or(0));
    m_report.slidingLayers
        = static_cast<int>(std::count_if(m_layerWindow.begin(), m_layerWindow.end(), [](int w) { return w > 0; }));
    return outcome::success();
}

void HfConfigReader::applyIndex(const SafetensorsIndex& index)
{
    m_report.weightsBytes = index.totalBytes;
    m_report.tensorCount = index.tensors;
    m_report.quantMix.push_back(
        QuantShare{m_report.fileType.empty() ? "unknown" : m_report.fileType, index.tensors, 0, index.totalBytes});
    const double perParam = jsonMember(m_root, "quantization_config") ? 0.0 : dtypeBytes(m_report.fileType);
    const auto bytes = static_cast<double>(index.totalBytes);
    if (index.totalParameters) {
        m_report.parameters = *index.totalParameters;
        m_report.parametersEstimated = false;
        m_report.notes.emplace_back("parameters from the safetensors index (total_parameters)");
    } else if (perParam > 0 && bytes / perParam <= kMaxParams) {
        m_report.parameters = static_cast<std::uint64_t>(std::llround(bytes / perParam));
        m_report.parametersEstimated = false;
        m_report.notes.push_back("parameters from the safetensors total_size / "
                                 + std::to_string(static_cast<int>(perParam)) + " bytes (" + m_report.fileType + ")");
    }
}

void HfConfigReader::buildSpec()
{
    std::string id = m_report.name.empty() ? m_report.architecture : m_report.name;
    std::replace_if(
        id.begin(), id.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    fillSpecIdentity(m_report, std::move(id), m_report.architecture);
    std::vector<LayerAttention> layers;
    layers.reserve(m_layerWindow.size());
    for (const int window : m_layerWindow) {
        layers.push_back(LayerAttention{window < 0 ? 0 : m_report.kvHeadsMax, std::max(window, 0)});
    }
    if (fillKvLayout(m_report, layers, m_report.keyLength, true) > 0) {
        m_report.notes.emplace_back("linear-attention layers hold a fixed state that is not sized here");
    }
}

const Json* HfConfigReader::find(std::initializer_list<std::string_view> names) const
{
    for (const Json* scope : {m_text, &m_root}) {
        for (const std::string_view name : names) {
            const Json* value = scope ? jsonMember(*scope, name) : nullptr;
            if (value && !value->is_null()) {
                return value;
            }
        }
    }
    return nullptr;
}

Result<std::optional<std::int64_t>> HfConfigReader::integer(std::initializer_list<std::string_view> names,
                                                            std::int64_t minValue, std::int64_t maxValue) const
{
    const Json* value = find(names);
    if (!value) {
        return std::optional<std::int64_t>();
    }
    const std::string name(*names.begin());
    if (!value->is_number() || value->get<double>() != std::floor(value->get<double>())) {
        return makeError(ErrorCode::InvalidInput,
                         "config.json: '" + name + "' must be a whole number, found " + jsonTypeName(*value));
    }
    const double number = value->get<double>();
    if (number < static_cast<double>(minValue) || number > static_cast<double>(maxValue)) {
        return makeError(ErrorCode::OutOfRange,
                         "config.json: '" + name + "' is " + std::to_string(number) + "; expected "
                             + std::to_string(minValue) + " to " + std::to_string(maxValue));
    }
    return static_cast<std::int64_t>(number);
}

} // namespace localrig::core::gguf
