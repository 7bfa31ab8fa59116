// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GgufModelDescriber.h"

#include "ReportToSpec.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <utility>

namespace localrig::core::gguf {

namespace {

constexpr std::int64_t kMaxLayers = 10000;
constexpr std::int64_t kMaxHeads = 100000;
constexpr std::int64_t kMaxHeadDim = 65536;
constexpr std::int64_t kMaxContext = 1LL << 30;
constexpr std::int64_t kMaxEmbedding = 1LL << 24;
constexpr std::int64_t kMaxExperts = 100000;

// Architectures whose sliding-window layout llama.cpp fixes in code (llama-model.cpp set_swa_pattern):
// with period n, layer i slides when i % n < n - 1, so every n-th layer attends to the full context.
constexpr std::array<std::pair<std::string_view, int>, 4> kSlidingPeriods{{
    {"gemma2", 2},
    {"gemma3", 6},
    {"cohere2", 4},
    {"gpt-oss", 2},
}};

Error corrupt(std::string detail)
{
    return makeError(ErrorCode::CorruptCatalog, std::move(detail));
}

bool addChecked(std::uint64_t& total, std::uint64_t value)
{
    if (value > std::numeric_limits<std::uint64_t>::max() - total) {
        return false;
    }
    total += value;
    return true;
}

std::string slug(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (alnum || (c >= 'A' && c <= 'Z')) {
            out += alnum ? c : static_cast<char>(c - 'A' + 'a');
        } else if (!out.empty() && out.back() != '_') {
            out += '_';
        }
    }
    while (!out.empty() && out.back() == '_') {
        out.pop_back();
    }
    return out;
}

} // namespace

GgufModelDescriber::GgufModelDescriber(const GgufFile& file)
    : m_file(file)
{ }

Result<ModelFileReport> GgufModelDescriber::describe(const GgufFile& file)
{
    GgufModelDescriber describer(file);
    return describer.run();
}

Result<ModelFileReport> GgufModelDescriber::run()
{
    m_report.format = "GGUF v" + std::to_string(m_file.version);
    const GgufValue* arch = m_file.find("general.architecture");
    if (!arch || !arch->asString() || arch->asString()->empty()) {
        return makeError(ErrorCode::InvalidInput, "'general.architecture' is missing or not a string");
    }
    m_arch = *arch->asString();
    m_report.architecture = m_arch;
    m_report.name = text("general.name");
    if (const GgufValue* fileType = m_file.find("general.file_type")) {
        const std::optional<std::int64_t> id = fileType->asInteger();
        const std::string_view name
            = id && *id >= 0 && *id <= 1024 ? llamaFileTypeName(static_cast<std::uint32_t>(*id)) : std::string_view();
        m_report.fileType = name.empty() ? "unknown (" + std::to_string(id.value_or(-1)) + ")" : std::string(name);
    }
    if (const GgufValue* splits = m_file.find("split.count"); splits && splits->asInteger().value_or(1) > 1) {
        m_report.notes.push_back("file is one shard of " + std::to_string(*splits->asInteger())
                                 + ": parameters and bytes cover this shard only");
    }
    BOOST_OUTCOME_TRYV(countTensors());
    BOOST_OUTCOME_TRYV(readShape());
    BOOST_OUTCOME_TRYV(readSlidingLayers());
    buildSpec();
    auto spec = validated(m_report.spec);
    if (!spec) {
        return makeError(spec.error().code, "GGUF header describes an unusable model: " + spec.error().detail);
    }
    m_report.spec = std::move(spec).value();
    return std::move(m_report);
}

Result<void> GgufModelDescriber::countTensors()
{
    std::map<std::string, QuantShare> shares;
    std::uint64_t params = 0;
    std::uint64_t bytes = 0;
    std::uint64_t expertParams = 0;
    for (const GgufTensorInfo& tensor : m_file.tensors) {
        if (!addChecked(params, tensor.elements) || !addChecked(bytes, tensor.bytes)) {
            return corrupt("sum of tensor sizes overflows 64 bits at tensor '" + tensor.name + "'");
        }
        if (tensor.name.find("_exps") != std::string::npos) {
            expertParams += tensor.elements; // bounded by params, which did not overflow
        }
        QuantShare& share = shares[std::string(tensor.type->name)];
        share.type = tensor.type->name;
        share.tensors += 1;
        share.elements += tensor.elements;
        share.bytes += tensor.bytes;
    }
    m_report.tensorCount = m_file.tensors.size();
    m_report.parameters = params;
    m_report.activeParameters = params;
    m_report.weightsBytes = bytes;
    for (auto& [name, share] : shares) {
        m_report.quantMix.push_back(std::move(share));
    }
    std::stable_sort(m_report.quantMix.begin(), m_report.quantMix.end(),
                     [](const QuantShare& a, const QuantShare& b) { return a.bytes > b.bytes; });

    BOOST_OUTCOME_TRY(experts, integer("expert_count", 0, kMaxExperts));
    BOOST_OUTCOME_TRY(used, integer("expert_used_count", 0, kMaxExperts));
    m_report.experts = static_cast<int>(experts.value_or(0));
    m_report.expertsUsed = static_cast<int>(used.value_or(0));
    if (m_report.expertsUsed > m_report.experts) {
        return corrupt("'" + archKey("expert_used_count") + "' (" + std::to_string(m_report.expertsUsed) + ") exceeds '"
                       + archKey("expert_count") + "' (" + std::to_string(m_report.experts) + ")");
    }
    if (m_report.experts > 0 && m_report.expertsUsed > 0) {
        if (expertParams == 0) {
            m_report.notes.emplace_back("no *_exps expert tensors found: active parameters taken as the total");
        } else {
            const auto count = static_cast<std::uint64_t>(m_report.experts);
            const auto idle = static_cast<std::uint64_t>(m_report.experts - m_report.expertsUsed);
            m_report.activeParameters = params - expertParams / count * idle;
        }
    }
    return outcome::success();
}

Result<void> GgufModelDescriber::readShape()
{
    BOOST_OUTCOME_TRY(layers, integer("block_count", 1, kMaxLayers));
    if (!layers) {
        return makeError(ErrorCode::InvalidInput,
                         "'" + archKey("block_count")
                             + "' is missing: not a language model (mmproj, LoRA "
                               "and vocab-only files are not supported)");
    }
    m_report.layers = static_cast<int>(*layers);
    BOOST_OUTCOME_TRY(context, integer("context_length", 0, kMaxContext));
    BOOST_OUTCOME_TRY(embedding, integer("embedding_length", 0, kMaxEmbedding));
    m_report.contextLength = static_cast<int>(context.value_or(0));
    m_report.embeddingLength = static_cast<int>(embedding.value_or(0));

    BOOST_OUTCOME_TRY(heads, perLayer("attention.head_count", 0, kMaxHeads));
    BOOST_OUTCOME_TRY(kvHeads, perLayer("attention.head_count_kv", -1, kMaxHeads));
    for (std::size_t i = 0; i < kvHeads.size(); ++i) {
        if (kvHeads[i] < 0) {
            kvHeads[i] = heads[i]; // no head_count_kv: every query head has its own K and V
        }
    }
    m_kvHeads = kvHeads;
    m_report.attentionHeads = *std::max_element(heads.begin(), heads.end());
    int kvMin = std::numeric_limits<int>::max();
    for (const int kv : m_kvHeads) {
        if (kv > 0) {
            kvMin = std::min(kvMin, kv);
        }
    }
    m_report.kvHeadsMax = *std::max_element(m_kvHeads.begin(), m_kvHeads.end());
    m_report.kvHeadsMin = m_report.kvHeadsMax > 0 ? kvMin : 0;

    BOOST_OUTCOME_TRY(keyLength, integer("attention.key_length", 1, kMaxHeadDim));
    BOOST_OUTCOME_TRY(valueLength, integer("attention.value_length", 1, kMaxHeadDim));
    const int perHead = m_report.attentionHeads > 0 ? m_report.embeddingLength / m_report.attentionHeads : 0;
    m_report.keyLength = static_cast<int>(keyLength.value_or(perHead));
    m_report.valueLength = static_cast<int>(valueLength.value_or(m_report.keyLength));

    BOOST_OUTCOME_TRY(rank, integer("attention.kv_lora_rank", 1, kMaxHeadDim));
    if (rank) {
        BOOST_OUTCOME_TRY(rope, integer("rope.dimension_count", 1, kMaxHeadDim));
        if (!rope) {
            return corrupt("'" + archKey("attention.kv_lora_rank") + "' is set (MLA) but '"
                           + archKey("rope.dimension_count") + "' is missing");
        }
        m_report.kvLoraRank = static_cast<int>(*rank);
        m_report.ropeDim = static_cast<int>(*rope);
    } else if (m_report.kvHeadsMax > 0 && m_report.keyLength <= 0) {
        return corrupt("cannot tell the head dimension: no '" + archKey("attention.key_length") + "' and no '"
                       + archKey("embedding_length") + "' / head count");
    }
    const std::string ssmPrefix = m_arch + ".ssm.";
    m_recurrent = std::any_of(m_file.metadata.begin(), m_file.metadata.end(),
                              [&](const GgufKeyValue& entry) { return entry.key.starts_with(ssmPrefix); });
    return outcome::success();
}

Result<void> GgufModelDescriber::readSlidingLayers()
{
    m_sliding.assign(static_cast<std::size_t>(m_report.layers), false);
    BOOST_OUTCOME_TRY(window, integer("attention.sliding_window", 0, kMaxContext));
    m_report.slidingWindow = static_cast<int>(window.value_or(0));
    if (m_report.slidingWindow == 0) {
        return outcome::success();
    }
    int period = 0;
    const GgufValue* pattern = archValue("attention.sliding_window_pattern");
    if (const GgufArray* flags = pattern ? pattern->asArray() : nullptr) {
        if (!flags->retained || flags->elementType != GgufValueType::Bool
            || flags->length != static_cast<std::uint64_t>(m_report.layers)) {
            return corrupt("'" + archKey("attention.sliding_window_pattern") + "' must be "
                           + std::to_string(m_report.layers) + " bools, one per layer");
        }
        for (std::size_t i = 0; i < m_sliding.size(); ++i) {
            m_sliding[i] = flags->items[i].asBool().value_or(false);
        }
        m_report.notes.emplace_back("sliding-window layers from the per-layer pattern in the file");
    } else {
        BOOST_OUTCOME_TRY(stored, integer("attention.sliding_window_pattern", 0, kMaxLayers));
        const auto known = std::find_if(kSlidingPeriods.begin(), kSlidingPeriods.end(),
                                        [&](const auto& entry) { return entry.first == m_arch; });
        if (stored) {
            period = static_cast<int>(*stored);
            m_report.notes.push_back("sliding-window period " + std::to_string(period) + " from the file");
        } else if (known != kSlidingPeriods.end()) {
            period = known->second;
            m_report.notes.push_back("sliding-window period " + std::to_string(period) + " is " + m_arch
                                     + "'s fixed layout (as llama.cpp applies it)");
        } else {
            m_report.notes.emplace_back("no sliding-window pattern in the file: every layer assumed to slide");
        }
        for (int i = 0; i < m_report.layers; ++i) {
            m_sliding[static_cast<std::size_t>(i)] = period == 0 || i % period < period - 1;
        }
    }
    m_report.slidingLayers = static_cast<int>(std::count(m_sliding.begin(), m_sliding.end(), true));
    return outcome::success();
}

void GgufModelDescriber::buildSpec()
{
    const std::string base = text("general.basename");
    fillSpecIdentity(m_report, slug(m_report.name.empty() ? m_arch : m_report.name), base.empty() ? m_arch : base);
    // K and V may differ in width; one head dimension that caches the same bytes is their mean.
    const int sum = m_report.keyLength + m_report.valueLength;
    if (m_report.kvLoraRank == 0 && sum % 2 != 0) {
        m_report.notes.emplace_back("odd key + value length: the KV head dimension is rounded up");
    }
    std::vector<LayerAttention> layers;
    layers.reserve(m_kvHeads.size());
    for (std::size_t i = 0; i < m_kvHeads.size(); ++i) {
        layers.push_back(LayerAttention{m_kvHeads[i], m_sliding[i] ? m_report.slidingWindow : 0});
    }
    const int noCache = fillKvLayout(m_report, layers, (sum + 1) / 2, m_recurrent);
    if (noCache > 0) {
        m_report.notes.push_back(std::to_string(noCache) + " layers have no KV heads and cache nothing"
                                 + std::string(m_recurrent ? " (recurrent state not sized)" : ""));
    }
}

Result<std::optional<std::int64_t>> GgufModelDescriber::integer(std::string_view key, std::int64_t minValue,
                                                                std::int64_t maxValue)
{
    const GgufValue* value = archValue(key);
    if (!value) {
        return std::optional<std::int64_t>();
    }
    const std::optional<std::int64_t> number = value->asInteger();
    if (!number) {
        return corrupt("'" + archKey(key) + "' must be an integer, found "
                       + ggufValueTypeName(static_cast<std::uint32_t>(value->type)));
    }
    if (*number < minValue || *number > maxValue) {
        return makeError(ErrorCode::OutOfRange,
                         "'" + archKey(key) + "' is " + std::to_string(*number) + "; expected "
                             + std::to_string(minValue) + " to " + std::to_string(maxValue));
    }
    return number;
}

Result<std::vector<int>> GgufModelDescriber::perLayer(std::string_view key, int fallback, std::int64_t maxValue)
{
    const auto layers = static_cast<std::size_t>(m_report.layers);
    const GgufValue* value = archValue(key);
    const GgufArray* array = value ? value->asArray() : nullptr;
    if (!array) {
        BOOST_OUTCOME_TRY(single, integer(key, 0, maxValue));
        return std::vector<int>(layers, single ? static_cast<int>(*single) : fallback);
    }
    if (!array->retained || array->length != layers) {
        return corrupt("'" + archKey(key) + "' has " + std::to_string(array->length) + " entries for "
                       + std::to_string(layers) + " layers" + (array->retained ? "" : " (array not kept: too large)"));
    }
    std::vector<int> values;
    values.reserve(layers);
    for (std::size_t i = 0; i < layers; ++i) {
        const std::optional<std::int64_t> number = array->items[i].asInteger();
        if (!number || *number < 0 || *number > maxValue) {
            return corrupt("'" + archKey(key) + "' entry " + std::to_string(i) + " is not an integer from 0 to "
                           + std::to_string(maxValue));
        }
        values.push_back(static_cast<int>(*number));
    }
    return values;
}

const GgufValue* GgufModelDescriber::archValue(std::string_view key) const
{
    return m_file.find(archKey(key));
}

std::string GgufModelDescriber::archKey(std::string_view key) const
{
    return m_arch + "." + std::string(key);
}

std::string GgufModelDescriber::text(std::string_view key) const
{
    const GgufValue* value = m_file.find(key);
    const std::string* string = value ? value->asString() : nullptr;
    return string ? *string : std::string();
}

} // namespace localrig::core::gguf
